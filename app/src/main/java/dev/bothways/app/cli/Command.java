package dev.bothways.app.cli;

import java.io.IOException;

/** A subcommand with its arguments parsed, ready to run. */
interface Command {
    /** Runs it; returns the exit code (0 done, 1 the input could not be read, 2 a usage mistake, 3 no window). */
    int run() throws IOException;
}
