package dev.bothways.importers;

import dev.bothways.model.ArtifactId;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers one parse's diagnostics and keeps them readable on hostile input: after {@link #LIMIT}
 * it counts the rest into one summary, and when nothing at all was understood {@link #finish}
 * replaces the flood by one clear refusal at the first bad line.
 */
public final class DiagnosticCollector {
    public static final int LIMIT = 50;
    /** Lines longer than this are not terminal output of any tool we read. */
    public static final int LONGEST_LINE = 64 * 1024;

    private final ArtifactId artifact;
    private final List<Diagnostic> kept = new ArrayList<>();
    private int dropped;
    private int firstDroppedLine;
    private Diagnostic firstProblem;

    public DiagnosticCollector(ArtifactId artifact) {
        this.artifact = artifact;
    }

    public void add(Severity severity, DiagnosticKind kind, int line, String excerpt, String message) {
        Diagnostic d = Diagnostic.at(severity, kind, artifact, line, excerpt, message);
        if (firstProblem == null) {
            firstProblem = d;
        }
        if (kept.size() < LIMIT) {
            kept.add(d);
        } else if (dropped++ == 0) {
            firstDroppedLine = line;
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

    public boolean isEmpty() {
        return kept.isEmpty();
    }

    public int size() {
        return kept.size() + dropped;
    }

    /** Everything gathered, with one closing line for what was left out. */
    public List<Diagnostic> toList() {
        List<Diagnostic> all = new ArrayList<>(kept);
        if (dropped > 0) {
            all.add(Diagnostic.at(Severity.WARNING, DiagnosticKind.SUSPICIOUS, artifact, firstDroppedLine, "",
                    dropped + " more problems from this line on are not listed"));
        }
        return all;
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
            if (kept.isEmpty()) {
                return List.of(Diagnostic.at(Severity.WARNING, DiagnosticKind.TRUNCATED, artifact, 0, "",
                        "no " + what + " in this input (empty?)"));
            }
        }
        return toList();
    }

    /**
     * Like {@link #finish(int, String)}, for outputs where nothing at all is a normal answer (an
     * empty conntrack table, a kernel log without drops, a host without rules): an empty input is
     * then one note, not a warning.
     */
    public List<Diagnostic> finishAllowingEmpty(int understood, String what) {
        if (understood == 0 && firstProblem == null) {
            return List.of(Diagnostic.at(Severity.NOTE, DiagnosticKind.SUSPICIOUS, artifact, 0, "",
                    "no " + what + " in this input: the output was empty"));
        }
        return finish(understood, what);
    }

    /** True when a line is too long to be tool output; the caller reports it once and skips it. */
    public static boolean overlong(String line) {
        return line.length() > LONGEST_LINE;
    }

    /**
     * True when {@code text} is too long to be {@code what} ("nft output"); it is then reported
     * once, as skipped, and the caller skips it.
     */
    public boolean skipOverlong(int line, String text, String what) {
        if (!overlong(text)) {
            return false;
        }
        warn(DiagnosticKind.MALFORMED, line, text, "line of " + text.length() + " characters is not " + what + "; skipped");
        return true;
    }
}
