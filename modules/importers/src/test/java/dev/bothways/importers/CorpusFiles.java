package dev.bothways.importers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the shared corpus of real command outputs where it lives ({@code /work/shared/corpus}),
 * read in place and never copied: from the {@code bothways.root} property surefire sets, else by
 * walking up from the working directory to a folder holding {@code shared/corpus}.
 */
public final class CorpusFiles {
    private CorpusFiles() {
    }

    public static Path root() {
        String root = System.getProperty("bothways.root");
        if (root != null) {
            Path candidate = Path.of(root, "..", "shared", "corpus").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/corpus above " + Path.of("").toAbsolutePath());
    }

    public static Path file(String relative) {
        return root().resolve(relative);
    }

    /** Every regular file in one corpus folder, sorted by name. */
    public static List<Path> in(String folder) {
        try (Stream<Path> files = Files.list(root().resolve(folder))) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
