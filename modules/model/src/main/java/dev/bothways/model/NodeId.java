package dev.bothways.model;

/** Names one node of the topology: a host's folder name, or an address when nothing better is known. */
public record NodeId(String value) implements Comparable<NodeId> {
    public NodeId {
        if (value.isBlank()) {
            throw new IllegalArgumentException("a node id is never blank");
        }
    }

    @Override
    public int compareTo(NodeId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
