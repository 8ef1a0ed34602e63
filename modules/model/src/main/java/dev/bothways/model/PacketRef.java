package dev.bothways.model;

/** Packet {@code number} (1-based, as Wireshark counts) of a capture artifact. */
public record PacketRef(ArtifactId artifact, long number) implements Provenance {
    public PacketRef {
        if (number < 1) {
            throw new IllegalArgumentException("packet numbers start at 1: " + number);
        }
    }

    @Override
    public String toString() {
        return artifact + "#" + number;
    }
}
