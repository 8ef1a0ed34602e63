package dev.bothways.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "open", description = "Open a case folder in the window.")
final class OpenCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CASE", description = "a case folder: one subfolder per host")
    Path caseFolder;

    @Override
    public Integer call() {
        if (!Files.isDirectory(caseFolder)) {
            System.err.println("bothways: " + caseFolder + ": " + (Files.exists(caseFolder) ? "not a folder" : "no such folder"));
            return 2;
        }
        return WindowStart.open(Optional.of(caseFolder));
    }
}
