package dev.bothways.model;

import java.util.List;
import java.util.Optional;

/**
 * Where the two lanes stop sharing nodes, seen in the client-to-server direction: the last node
 * both lanes share before they split, the first they share again after it, and the nodes each
 * lane alone passes in between.
 */
public record Divergence(NodeId splitsAfter, Optional<NodeId> rejoinsAt,
                         List<NodeId> forwardOnly, List<NodeId> returnOnly) {
    public Divergence {
        forwardOnly = List.copyOf(forwardOnly);
        returnOnly = List.copyOf(returnOnly);
    }
}
