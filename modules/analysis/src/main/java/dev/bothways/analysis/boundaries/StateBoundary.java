package dev.bothways.analysis.boundaries;

import dev.bothways.model.NodeId;
import dev.bothways.model.Provenance;
import java.util.List;
import java.util.Set;

/** A node that keeps per-flow state and so needs both directions of a flow, with the evidence that shows it. */
public record StateBoundary(NodeId node, Set<BoundaryKind> kinds, List<Provenance> evidence) {
    public StateBoundary {
        kinds = Set.copyOf(kinds);
        evidence = List.copyOf(evidence);
    }
}
