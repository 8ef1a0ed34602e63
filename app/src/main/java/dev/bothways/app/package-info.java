/** Entry point of Bothways: the headless command line and, on demand, the window. */
@NullMarked
package dev.bothways.app;

import org.jspecify.annotations.NullMarked;
