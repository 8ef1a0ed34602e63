package dev.bothways.importers;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's own files (the lab's cases) and the shared corpus beside the checkout. */
public final class ProjectFiles {
    private ProjectFiles() {
    }

    public static Path root() {
        String configured = System.getProperty("bothways.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find the project root from " + start);
    }

    public static Path sample(String relative) {
        return root().resolve("samples/cases").resolve(relative);
    }

    /** The shared corpus: {@code ../shared/corpus} from the checkout, or from any folder above it. */
    public static Path corpus(String relative) {
        for (Path p = root(); p != null; p = p.getParent()) {
            Path corpus = p.resolve("shared/corpus");
            if (Files.isDirectory(corpus)) {
                return corpus.resolve(relative);
            }
        }
        throw new IllegalStateException("cannot find shared/corpus above " + root());
    }
}
