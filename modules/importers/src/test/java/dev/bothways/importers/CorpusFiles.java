package dev.bothways.importers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the real outputs tests read in place, never copied: the shared corpus
 * ({@code /work/shared/corpus}) and the lab's cases ({@code samples/cases} in the checkout). Both
 * are looked for from the {@code bothways.root} property surefire sets upwards, else from the
 * working directory upwards.
 */
public final class CorpusFiles {
    private CorpusFiles() {
    }

    /** The shared corpus folder. */
    public static Path root() {
        return above("shared/corpus");
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

    /** The lab's cases folder, {@code samples/cases/<case>/<host>/}. */
    public static Path labCases() {
        return above("samples/cases");
    }

    /** One file of a lab case, {@code <case>/<host>/<file>}. */
    public static Path sample(String relative) {
        return labCases().resolve(relative);
    }

    private static Path above(String folder) {
        String configured = System.getProperty("bothways.root");
        for (Path start : configured != null ? List.of(Path.of(configured), Path.of("")) : List.of(Path.of(""))) {
            for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                Path candidate = dir.resolve(folder);
                if (Files.isDirectory(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no " + folder + " above " + Path.of("").toAbsolutePath());
    }
}
