package dev.bothways.capture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the real captures tests read in place, never copied: the shared corpus
 * ({@code /work/shared/corpus}) and the lab's cases ({@code samples/cases/<case>/<host>/}, when this
 * checkout has them). Both are looked for from the {@code bothways.root} property surefire sets
 * upwards, else from the working directory upwards.
 */
public final class CorpusFiles {
    private CorpusFiles() {
    }

    public static Path corpus() {
        return above("shared/corpus")
                .orElseThrow(() -> new IllegalStateException("no shared/corpus above " + Path.of("").toAbsolutePath()));
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

    /** One lab case's folder, if this checkout has it. */
    public static Optional<Path> labCase(String name) {
        return above("samples/cases/" + name);
    }

    private static Optional<Path> above(String folder) {
        String configured = System.getProperty("bothways.root");
        for (Path start : configured != null ? List.of(Path.of(configured), Path.of("")) : List.of(Path.of(""))) {
            for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(folder);
                if (Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
