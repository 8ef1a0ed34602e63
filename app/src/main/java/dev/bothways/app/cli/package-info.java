/** The headless subcommands. Nothing here touches JavaFX, so they run without it on any path. */
@NullMarked
package dev.bothways.app.cli;

import org.jspecify.annotations.NullMarked;
