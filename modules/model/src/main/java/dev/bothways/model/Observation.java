package dev.bothways.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One packet of a flow at one capture point: which packet ({@code flow} oriented client to
 * server, the {@code lane} it travels, its {@code kind} and TCP {@code seq}), where, when (in the
 * reference capture's clock, nanoseconds since the epoch) and whether it was seen there. A packet
 * not seen carries {@code why}: what made the negative earned, or why it is unknowable; the time
 * of an unseen packet is when it would have passed, from the points that saw it.
 */
public record Observation(FiveTuple flow, Lane lane, PacketKind kind, long seq, String capturePoint,
                          long timeNanos, Visibility visibility, Optional<PacketRef> packet, String why) {
    public Observation {
        Objects.requireNonNull(flow, "flow");
        Objects.requireNonNull(lane, "lane");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(capturePoint, "capturePoint");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(packet, "packet");
        Objects.requireNonNull(why, "why");
    }
}
