package dev.bothways.importers;

import dev.bothways.model.ArtifactId;

/**
 * One thing a parser wants the user to know about an input, at a line (1-based; 0 when it is
 * about the whole artifact) and column (1-based; 0 when unknown).
 */
public record Diagnostic(Severity severity, DiagnosticKind kind, ArtifactId artifact,
                         int line, int column, String excerpt, String message) {

    private static final int EXCERPT_LIMIT = 120;

    public Diagnostic {
        excerpt = excerpt.length() > EXCERPT_LIMIT ? excerpt.substring(0, EXCERPT_LIMIT) + "…" : excerpt;
    }

    public static Diagnostic at(Severity severity, DiagnosticKind kind, ArtifactId artifact, int line,
                                String excerpt, String message) {
        return new Diagnostic(severity, kind, artifact, line, 0, excerpt, message);
    }

    /** {@code file:line: severity: message}, as compilers print it. */
    @Override
    public String toString() {
        String where = line > 0 ? artifact + ":" + line + (column > 0 ? ":" + column : "") : artifact.toString();
        return where + ": " + severity.label() + ": " + message;
    }
}
