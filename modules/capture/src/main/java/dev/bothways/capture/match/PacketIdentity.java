package dev.bothways.capture.match;

import dev.bothways.model.FiveTuple;
import java.util.Optional;

/**
 * What stays the same when one packet crosses routers, firewalls and NAT: its direction of travel
 * as the original-side tuple, TCP flags, sequence and acknowledgement numbers, payload length and
 * a hash of the first payload bytes. TTL and checksums are left out on purpose; the IP ID tells
 * retransmissions apart (see {@link Sighting#ipId()}). For an ICMP error, {@code quotes} is the
 * original-side tuple of the packet it quotes and {@code seq} that packet's sequence number.
 */
record PacketIdentity(FiveTuple packet, int flags, long seq, long ack, int payloadLength, int payloadHash,
                      Optional<FiveTuple> quotes) {
}
