package dev.bothways.importers;

import dev.bothways.model.ArtifactId;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers a parser's diagnostics and keeps them readable on hostile input: after
 * {@link #LIMIT} diagnostics it counts the rest into one summary, and when nothing at all was
 * understood it replaces the flood by one clear refusal at the first bad line.
 */
public final class DiagnosticCollector {
    public static final int LIMIT = 50;
    /** Lines longer than this are not terminal output of any tool we read. */
    public static final int LONGEST_LINE = 64 * 1024;

    private final ArtifactId artifact;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private int dropped;
    private Diagnostic firstProblem;

    public DiagnosticCollector(ArtifactId artifact) {
        this.artifact = artifact;
    }

    public void add(Severity severity, DiagnosticKind kind, int line, String excerpt, String message) {
        Diagnostic d = Diagnostic.at(severity, kind, artifact, line, excerpt, message);
        if (firstProblem == null) {
            firstProblem = d;
        }
        if (diagnostics.size() < LIMIT) {
            diagnostics.add(d);
        } else {
            dropped++;
        }
    }

    public void warn(DiagnosticKind kind, int line, String excerpt, String message) {
        add(Severity.WARNING, kind, line, excerpt, message);
    }

    public void error(DiagnosticKind kind, int line, String excerpt, String message) {
        add(Severity.ERROR, kind, line, excerpt, message);
    }

    public void note(DiagnosticKind kind, int line, String excerpt, String message) {
        add(Severity.NOTE, kind, line, excerpt, message);
    }

    /**
     * The diagnostics to report. With nothing understood, the input is not this format (or is
     * empty): one error, at the first problem line when there was one.
     *
     * @param what the format's name for the refusal ("nft list ruleset output")
     */
    public List<Diagnostic> finish(int understood, String what) {
        if (understood == 0) {
            if (firstProblem != null) {
                return List.of(new Diagnostic(Severity.ERROR, DiagnosticKind.REFUSED, artifact, firstProblem.line(),
                        0, firstProblem.excerpt(), "nothing here reads as " + what + ": " + firstProblem.message()));
            }
            if (diagnostics.isEmpty()) {
                return List.of(Diagnostic.at(Severity.WARNING, DiagnosticKind.TRUNCATED, artifact, 0, "",
                        "no " + what + " in this input (empty?)"));
            }
        }
        List<Diagnostic> out = new ArrayList<>(diagnostics);
        if (dropped > 0) {
            out.add(Diagnostic.at(Severity.NOTE, DiagnosticKind.SUSPICIOUS, artifact, 0, "",
                    dropped + " more diagnostics like the above were left out"));
        }
        return out;
    }

    /** True when a line is too long to be tool output; the caller reports it once and skips it. */
    public static boolean overlong(String line) {
        return line.length() > LONGEST_LINE;
    }
}
