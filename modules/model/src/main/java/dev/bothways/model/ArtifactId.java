package dev.bothways.model;

import java.util.Objects;

/** Names one artifact within a case, as its path relative to the case folder ("client/traceroute-udp.txt"). */
public record ArtifactId(String value) implements Comparable<ArtifactId> {
    public ArtifactId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("an artifact id is never blank");
        }
    }

    @Override
    public int compareTo(ArtifactId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
