package dev.bothways.capture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The lab engineer's real cases ({@code samples/cases/<case>/<host>/}), when this checkout has them. */
public final class LabCases {
    private LabCases() {
    }

    public static Optional<Path> caseFolder(String name) {
        String root = System.getProperty("bothways.root");
        for (Path dir = root != null ? Path.of(root) : Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("samples").resolve("cases").resolve(name);
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
