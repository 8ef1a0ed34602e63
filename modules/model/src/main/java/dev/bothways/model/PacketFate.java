package dev.bothways.model;

import java.util.List;

/**
 * Where one packet of a flow was seen and where it provably was not: the nodes of its lane (and
 * others with captures) in lane order. "Not seen" lists only nodes whose capture ran and could
 * have seen it.
 *
 * @param packet what it was: "SYN", "SYN-ACK", "data segment"
 */
public record PacketFate(String packet, Lane lane, List<String> seenAt, List<String> notSeenAt) {
    public PacketFate {
        seenAt = List.copyOf(seenAt);
        notSeenAt = List.copyOf(notSeenAt);
    }
}
