package dev.bothways.model;

import java.util.List;

/** A connection between two nodes, observed (consecutive hops, a route) or inferred. */
public record Link(NodeId from, NodeId to, Basis basis, List<Provenance> evidence) {
    public Link {
        evidence = List.copyOf(evidence);
    }
}
