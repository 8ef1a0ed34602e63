package dev.bothways.analysis.lanes;

import dev.bothways.model.Basis;
import dev.bothways.model.NodeId;
import dev.bothways.model.Provenance;
import java.util.List;

/** One hop of a walked lane: from which node to which, how we know, and the evidence. */
public record LaneStep(NodeId from, NodeId to, Basis basis, String how, List<Provenance> evidence) {
    public LaneStep {
        evidence = List.copyOf(evidence);
    }
}
