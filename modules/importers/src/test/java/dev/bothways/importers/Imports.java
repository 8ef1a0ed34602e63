package dev.bothways.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.model.ArtifactId;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Reads an input the two ways a user can give it, as a file and as pasted text, and checks both
 * give the same items and diagnostics (Jackson runs each test over every input mode).
 */
public final class Imports {
    private static final ArtifactReader READER = ArtifactReader.standard();

    private Imports() {
    }

    /** Reads {@code file} both ways with {@code format} (or detection when empty); returns the file read. */
    public static ImportedArtifact both(Path file, Optional<String> format) {
        ArtifactId id = new ArtifactId(file.getFileName().toString());
        ImportedArtifact fromFile = READER.read(id, file, "host", format, Progress.NONE);
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportedArtifact pasted = READER.read(id, "host", text, format, Progress.NONE);
        assertEquals(fromFile.artifact().format(), pasted.artifact().format(), "format, file vs paste");
        assertEquals(fromFile.result().map(ParseResult::items), pasted.result().map(ParseResult::items),
                "items, file vs paste");
        assertEquals(fromFile.diagnostics(), pasted.diagnostics(), "diagnostics, file vs paste");
        return fromFile;
    }

    public static ImportedArtifact both(Path file) {
        return both(file, Optional.empty());
    }

    /** Pasted text read as {@code format}. */
    public static ImportedArtifact paste(String text, String format) {
        return READER.read(new ArtifactId("pasted.txt"), "host", text, Optional.of(format), Progress.NONE);
    }

    /** Pasted text, format detected. */
    public static ImportedArtifact paste(String text) {
        return READER.read(new ArtifactId("pasted.txt"), "host", text, Optional.empty(), Progress.NONE);
    }

    /** The diagnostics at {@code severity} and above, as {@code line: message} strings. */
    public static List<String> problems(ImportedArtifact artifact, Severity worst) {
        return artifact.diagnostics().stream()
                .filter(d -> d.severity().compareTo(worst) <= 0)
                .map(d -> d.line() + ": " + d.message())
                .toList();
    }

    public static List<String> errors(ImportedArtifact artifact) {
        return problems(artifact, Severity.ERROR);
    }
}
