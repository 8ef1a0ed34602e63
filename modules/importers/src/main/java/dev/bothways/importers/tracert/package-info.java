/** Windows {@code tracert} output. */
@NullMarked
package dev.bothways.importers.tracert;

import org.jspecify.annotations.NullMarked;
