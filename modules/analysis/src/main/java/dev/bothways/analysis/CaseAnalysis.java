package dev.bothways.analysis;

import dev.bothways.analysis.boundaries.BoundaryVerdict;
import dev.bothways.analysis.evidence.FlowIdentity;
import dev.bothways.analysis.lanes.Lanes;
import dev.bothways.analysis.lanes.WalkedLane;
import dev.bothways.analysis.layout.LaneLayout;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case model built from evidence: who is client and server, the flow and its translated
 * forms, the lanes as walked (each hop with how it is known) and where they part, what every state boundary saw, the layout to
 * draw them, the findings (most likely first), notes on what was assumed, and the clock offsets
 * applied to each host's times (seconds, relative to the client).
 */
public record CaseAnalysis(CaseEvidence evidence, String client, String server, List<String> notes,
                           Optional<FiveTuple> flow, Optional<FlowIdentity> identity, Lanes lanes,
                           WalkedLane forwardWalk, WalkedLane returnWalk,
                           List<BoundaryVerdict> boundaries, LaneLayout layout, List<Finding> findings,
                           Map<String, Double> clockOffsets) {
    public CaseAnalysis {
        notes = List.copyOf(notes);
        boundaries = List.copyOf(boundaries);
        findings = List.copyOf(findings);
        clockOffsets = Map.copyOf(clockOffsets);
    }
}
