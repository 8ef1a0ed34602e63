package dev.bothways.model;

import java.net.InetAddress;
import java.util.List;
import java.util.Set;

/**
 * A device or address on the topology, with every address it is known by and the evidence that
 * shows it. A silent traceroute hop becomes an inferred node with no address.
 */
public record Node(NodeId id, String label, NodeRole role, Set<InetAddress> addresses, Basis basis,
                   List<Provenance> evidence) {
    public Node {
        addresses = Set.copyOf(addresses);
        evidence = List.copyOf(evidence);
    }
}
