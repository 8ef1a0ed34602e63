package dev.bothways.model;

import java.util.List;

/**
 * The nodes one lane passes, in the order its packets pass them: client first for the forward
 * lane, server first for the return lane.
 */
public record LanePath(Lane lane, List<NodeId> nodes) {
    public LanePath {
        nodes = List.copyOf(nodes);
    }
}
