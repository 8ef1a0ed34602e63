package dev.bothways.app;

import dev.bothways.app.cli.BothwaysCommand;

/** {@code bothways [open CASE | analyze CASE | inspect FILE | flows CAPTURE]}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code = BothwaysCommand.run(args);
        System.out.flush();
        System.err.flush();
        // Not System.exit: since Java 21 it first asks the logging framework whether to log the
        // exit, and finding a logging service opens every jar on the class path (20-30 ms after a
        // listing that read none of them). Bothways registers no shutdown hook; halting also skips
        // those of tools attached by JVM options, such as a flight recording's dump on exit.
        Runtime.getRuntime().halt(code);
    }
}
