package dev.bothways.importers;

import dev.bothways.model.ArtifactId;
import java.util.List;

/**
 * The text of one artifact as a parser sees it: the body after any collector header or prompt
 * line, and the 1-based line number of its first line in the original file, so diagnostics and
 * provenance point at the file the user has.
 */
public record ArtifactSource(ArtifactId id, String text, int firstLine) {

    public static ArtifactSource of(ArtifactId id, String text) {
        return new ArtifactSource(id, text, 1);
    }

    public List<String> lines() {
        return text.lines().toList();
    }

    /** The file line number of {@code index} in {@link #lines()}. */
    public int lineNumber(int index) {
        return firstLine + index;
    }

    /** True when the text ends in the middle of a line (no final newline). */
    public boolean endsMidLine() {
        return !text.isEmpty() && !text.endsWith("\n");
    }
}
