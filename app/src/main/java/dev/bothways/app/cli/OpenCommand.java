package dev.bothways.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** {@code bothways open CASE}: the window on a case folder. */
record OpenCommand(Path caseFolder) implements Command {
    @Override
    public int run() {
        if (!Files.isDirectory(caseFolder)) {
            System.err.println("bothways: " + caseFolder + ": " + (Files.exists(caseFolder) ? "not a folder" : "no such folder"));
            return 2;
        }
        return WindowStart.open(Optional.of(caseFolder));
    }
}
