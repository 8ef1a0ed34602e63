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
 * Reads an input both ways a user gives it, as a file and as pasted text, through the standard
 * reader (detection included), and checks that both ways understood the same.
 */
public final class FileAndPaste {
    private FileAndPaste() {
    }

    public static ImportedArtifact file(Path file) {
        return ArtifactReader.standard().read(new ArtifactId(file.getFileName().toString()), file, "host",
                Optional.empty(), Progress.NONE);
    }

    public static ImportedArtifact paste(String name, String text) {
        return ArtifactReader.standard().read(new ArtifactId(name), "host", text, Optional.empty(), Progress.NONE);
    }

    /** Reads {@code file} both ways and returns the file reading, after checking they agree. */
    public static ImportedArtifact both(Path file) {
        ImportedArtifact fromFile = file(file);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ImportedArtifact pasted = paste(file.getFileName().toString(), text);
        assertEquals(fromFile.artifact().format(), pasted.artifact().format(), "format, file vs paste");
        assertEquals(fromFile.result().map(ParseResult::items), pasted.result().map(ParseResult::items),
                "items, file vs paste");
        assertEquals(fromFile.diagnostics().stream().map(Diagnostic::toString).toList(),
                pasted.diagnostics().stream().map(Diagnostic::toString).toList(), "diagnostics, file vs paste");
        return fromFile;
    }

    /** The error diagnostics, printed, for a readable failure message. */
    public static List<String> errors(ImportedArtifact artifact) {
        return artifact.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR)
                .map(Diagnostic::toString).toList();
    }
}
