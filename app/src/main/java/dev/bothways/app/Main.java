package dev.bothways.app;

import dev.bothways.app.cli.BothwaysCommand;

/** {@code bothways [open CASE | analyze CASE | inspect FILE | flows CAPTURE]}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(BothwaysCommand.run(args));
    }
}
