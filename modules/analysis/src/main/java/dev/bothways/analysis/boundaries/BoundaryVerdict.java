package dev.bothways.analysis.boundaries;

import dev.bothways.model.Lane;
import dev.bothways.model.Provenance;
import java.util.List;
import java.util.Set;

/**
 * What one state boundary saw of the flow: the opening packet (SYN) and its reply (SYN-ACK), on
 * which interfaces, and whether it dropped something of the flow, each with its evidence.
 *
 * @param lanes      the lanes that pass the node
 * @param drops      log lines or rule counters showing it dropped packets of the flow (or, for
 *                   counters, packets like them) during the window
 * @param flowDrops  true when some drop evidence names this very flow (a log line), not just a counter
 */
public record BoundaryVerdict(StateBoundary boundary, Set<Lane> lanes, Sight opening, Sight reply,
                              List<String> interfaces, List<Provenance> openingEvidence,
                              List<Provenance> replyEvidence, List<Provenance> drops, boolean flowDrops,
                              String droppedWhat, String line) {
    public BoundaryVerdict {
        lanes = Set.copyOf(lanes);
        interfaces = List.copyOf(interfaces);
        openingEvidence = List.copyOf(openingEvidence);
        replyEvidence = List.copyOf(replyEvidence);
        drops = List.copyOf(drops);
    }
}
