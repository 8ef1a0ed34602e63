package dev.bothways.importers;

import dev.bothways.model.ArtifactId;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers one parse's diagnostics, keeping at most {@link #LIMIT} about single lines so that a
 * file of garbage yields a readable list and bounded memory; the rest are counted and summed up
 * in one closing diagnostic.
 */
public final class DiagnosticCollector {
    public static final int LIMIT = 50;

    private final ArtifactId artifact;
    private final List<Diagnostic> kept = new ArrayList<>();
    private int dropped;
    private int firstDroppedLine;

    public DiagnosticCollector(ArtifactId artifact) {
        this.artifact = artifact;
    }

    public void add(Severity severity, DiagnosticKind kind, int line, String excerpt, String message) {
        if (kept.size() >= LIMIT) {
            if (dropped++ == 0) {
                firstDroppedLine = line;
            }
            return;
        }
        kept.add(Diagnostic.at(severity, kind, artifact, line, excerpt, message));
    }

    public boolean isEmpty() {
        return kept.isEmpty();
    }

    public int size() {
        return kept.size() + dropped;
    }

    public List<Diagnostic> toList() {
        List<Diagnostic> all = new ArrayList<>(kept);
        if (dropped > 0) {
            all.add(Diagnostic.at(Severity.WARNING, DiagnosticKind.SUSPICIOUS, artifact, firstDroppedLine, "",
                    dropped + " more problems from this line on are not listed"));
        }
        return all;
    }
}
