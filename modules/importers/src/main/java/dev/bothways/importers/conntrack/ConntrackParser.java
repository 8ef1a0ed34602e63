package dev.bothways.importers.conntrack;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticCollector;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.netfilter.ConntrackEvent;
import java.util.ArrayList;
import java.util.List;

/** Reads the lines of one conntrack output into events; the two formats shape the result. */
final class ConntrackParser {
    private final ArtifactSource source;
    private final DiagnosticCollector diagnostics;
    private final List<Evidence<ConntrackEvent>> events = new ArrayList<>();

    ConntrackParser(ArtifactSource source) {
        this.source = source;
        this.diagnostics = new DiagnosticCollector(source.id());
    }

    List<Evidence<ConntrackEvent>> read() {
        List<String> lines = source.lines();
        boolean cut = source.endsMidLine();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = source.lineNumber(i);
            String stripped = line.strip();
            if (stripped.isEmpty() || ConntrackLine.SUMMARY.matcher(stripped).matches()
                    || stripped.startsWith("# ") || stripped.startsWith("$ ")) {
                continue;
            }
            if (diagnostics.skipOverlong(number, line, "conntrack output")) {
                continue;
            }
            switch (ConntrackLine.read(line)) {
                case ConntrackLine.Understood u ->
                        events.add(new Evidence<>(u.event(), ArtifactLines.line(source.id(), number)));
                case ConntrackLine.NotUnderstood n -> {
                    if (cut && i == lines.size() - 1 && !events.isEmpty()) {
                        diagnostics.warn(DiagnosticKind.TRUNCATED, number, line,
                                "the last entry is cut (" + n.reason() + "); the entries before it are kept");
                    } else {
                        diagnostics.warn(DiagnosticKind.MALFORMED, number, line, n.reason() + "; line skipped");
                    }
                }
            }
        }
        return events;
    }

    DiagnosticCollector diagnostics() {
        return diagnostics;
    }
}
