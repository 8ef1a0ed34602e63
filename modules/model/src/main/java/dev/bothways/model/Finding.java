package dev.bothways.model;

import java.util.List;
import java.util.Optional;

/**
 * A conclusion with its confidence (0..1), the node or host it blames, the evidence for and
 * against it, and what the engineer should do next.
 */
public record Finding(FindingKind kind, double confidence, Optional<String> at, Optional<FiveTuple> flow,
                      String summary, List<Provenance> evidence, List<Provenance> against, String next) {
    public Finding {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence is within 0..1: " + confidence);
        }
        evidence = List.copyOf(evidence);
        against = List.copyOf(against);
    }
}
