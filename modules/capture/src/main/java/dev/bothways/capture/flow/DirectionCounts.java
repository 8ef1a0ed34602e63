package dev.bothways.capture.flow;

/** Packets and bytes (frame lengths on the wire, as tshark counts them) in one direction of a flow. */
public record DirectionCounts(long packets, long bytes) {
}
