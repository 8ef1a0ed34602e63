package dev.bothways.capture.match;

import dev.bothways.model.FiveTuple;
import dev.bothways.model.PacketRef;

/**
 * One packet at one capture point: where and when (that point's clock), how it looked there
 * ({@code local}, its tuple before NAT translation), the header fields that change along the path
 * (TTL) or identify it (IP ID), and, where the capture says (Linux cooked headers, as
 * {@code tcpdump -i any} writes), the interface index and packet type (4: sent by this host).
 */
public record Sighting(String point, PacketRef packet, long timeNanos, FiveTuple local, int ipId, int ttl,
                       int interfaceIndex, int linkPacketType) {

    /** Whether the capture says this host sent it (as opposed to received it); false when it does not say. */
    public boolean outgoing() {
        return linkPacketType == 4;
    }
}
