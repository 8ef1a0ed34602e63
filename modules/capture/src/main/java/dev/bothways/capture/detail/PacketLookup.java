package dev.bothways.capture.detail;

/** What looking a packet up by number gave: its bytes, or why there are none. */
public sealed interface PacketLookup {

    /** The packet was there. */
    record Found(PacketBytes packet) implements PacketLookup {
    }

    /** No such packet, or the file could not be read that far; {@code reason} says which, for people. */
    record Missing(String reason) implements PacketLookup {
    }
}
