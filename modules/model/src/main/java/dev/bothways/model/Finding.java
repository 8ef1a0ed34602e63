package dev.bothways.model;

import java.util.List;
import java.util.Optional;

/**
 * A conclusion with its confidence (0..1), the node or host it blames, the evidence for and
 * against it, what the engineer should do next, the competing hypotheses it beat (each with why),
 * and, when a packet died, where it was and was not seen.
 */
public record Finding(FindingKind kind, double confidence, Optional<String> at, Optional<FiveTuple> flow,
                      String summary, List<Provenance> evidence, List<Provenance> against, String next,
                      List<String> ruledOut, Optional<PacketFate> died) {
    public Finding {
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence is within 0..1: " + confidence);
        }
        evidence = List.copyOf(evidence);
        against = List.copyOf(against);
        ruledOut = List.copyOf(ruledOut);
    }
}
