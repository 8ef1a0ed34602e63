package dev.bothways.analysis;

import dev.bothways.analysis.lanes.Lanes;
import dev.bothways.analysis.layout.LaneLayout;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Finding;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The case model built from evidence: who is client and server (and whether that was inferred),
 * the flow, the lanes and where they part, the layout to draw them, the findings, and the clock
 * offsets applied to each host's times (seconds, relative to the client).
 */
public record CaseAnalysis(CaseEvidence evidence, String client, String server, List<String> notes,
                           Optional<FiveTuple> flow, Lanes lanes, LaneLayout layout, List<Finding> findings,
                           Map<String, Double> clockOffsets) {
    public CaseAnalysis {
        notes = List.copyOf(notes);
        findings = List.copyOf(findings);
        clockOffsets = Map.copyOf(clockOffsets);
    }
}
