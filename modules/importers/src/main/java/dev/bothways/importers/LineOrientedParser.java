package dev.bothways.importers;

import dev.bothways.model.Progress;
import java.io.IOException;

/**
 * The loop every line-by-line text parser shares: streams the body in bounded memory, reports
 * progress, stops when cancelled, and turns hostile input into one diagnostic each: a line too
 * long for the format is skipped, binary data stops the parse, a read error ends it. Subclasses
 * see only plausible text lines.
 */
public abstract class LineOrientedParser {
    private static final int PROGRESS_EVERY = 4096;

    protected final ArtifactSource source;
    protected final DiagnosticCollector diagnostics;
    private final Progress progress;
    private boolean cancelled;

    protected LineOrientedParser(ArtifactSource source, Progress progress) {
        this.source = source;
        this.progress = progress;
        this.diagnostics = new DiagnosticCollector(source.id());
    }

    /** Reads every line; afterwards {@link #end(int, boolean)} has been called once. */
    protected final void run() {
        long total = source.size();
        int lastLine = source.firstLine() - 1;
        boolean terminated = true;
        try (LineReader lines = new LineReader(source.reader(), source.firstLine(), maxLineLength())) {
            int count = 0;
            for (String line = lines.next(); line != null; line = lines.next()) {
                lastLine = lines.lineNumber();
                terminated = lines.terminated();
                if (++count % PROGRESS_EVERY == 0) {
                    progress.worked(lines.consumed(), total);
                    if (progress.cancelled()) {
                        cancelled = true;
                        diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, lastLine, "",
                                "import cancelled at line " + lastLine + "; kept what was read before it");
                        break;
                    }
                }
                if (lines.overlong()) {
                    diagnostics.add(Severity.ERROR, DiagnosticKind.MALFORMED, lastLine, line,
                            "line " + lastLine + " is " + lines.length() + " characters long, far longer than "
                                    + formatName() + " prints; skipped");
                    continue;
                }
                if (LineReader.binary(line)) {
                    diagnostics.add(Severity.ERROR, DiagnosticKind.REFUSED, lastLine, printable(line),
                            "binary data (NUL or control bytes) at line " + lastLine
                                    + ", not " + formatName() + " output; stopped reading there");
                    break;
                }
                line(line, lastLine);
            }
            progress.worked(lines.consumed(), total);
        } catch (IOException e) {
            diagnostics.add(Severity.ERROR, DiagnosticKind.TRUNCATED, lastLine, "",
                    "cannot read past line " + lastLine + ": " + e.getMessage());
        }
        end(lastLine, terminated);
    }

    /**
     * The diagnostics to return. When nothing was understood and some line was malformed, the
     * input is not this format at all: one refusal at the first bad line instead of a flood.
     */
    protected final java.util.List<Diagnostic> diagnosticsFor(int understood) {
        java.util.List<Diagnostic> all = diagnostics.toList();
        if (understood == 0 && all.stream().anyMatch(d -> d.kind() == DiagnosticKind.MALFORMED)) {
            return diagnostics.finish(0, formatName() + " output");
        }
        return all;
    }

    /** True when the user cancelled the import. */
    protected final boolean cancelled() {
        return cancelled;
    }

    /** How the format is called in messages ("ip route", "traceroute"). */
    protected abstract String formatName();

    /** The longest line this format can plausibly hold. */
    protected int maxLineLength() {
        return LineReader.DEFAULT_LIMIT;
    }

    /** One line of text (no line ending) and its file line number. */
    protected abstract void line(String line, int number);

    /**
     * Called once after the last line.
     *
     * @param lastLine   the file line number of the last line read
     * @param terminated false when the text stops in the middle of its last line
     */
    protected abstract void end(int lastLine, boolean terminated);

    private static String printable(String line) {
        StringBuilder b = new StringBuilder(Math.min(line.length(), 80));
        for (int i = 0; i < line.length() && b.length() < 80; i++) {
            char c = line.charAt(i);
            b.append(c < 0x20 ? '.' : c);
        }
        return b.toString();
    }
}
