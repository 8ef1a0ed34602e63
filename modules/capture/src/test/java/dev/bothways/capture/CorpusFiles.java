package dev.bothways.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Finds the shared corpus in place: via {@code bothways.root}, else by walking up from here. */
public final class CorpusFiles {
    private CorpusFiles() {
    }

    public static Path corpus() {
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

    public static Path pcap(String name) {
        return corpus().resolve("pcap").resolve(name);
    }

    /** Every capture in the corpus, sorted by name. */
    public static List<Path> pcaps() throws IOException {
        try (Stream<Path> files = Files.list(corpus().resolve("pcap"))) {
            return files.sorted().toList();
        }
    }
}
