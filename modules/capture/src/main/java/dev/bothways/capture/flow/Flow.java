package dev.bothways.capture.flow;

import dev.bothways.model.FiveTuple;
import dev.bothways.model.PacketRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One flow of a capture. {@code tuple} is oriented client to server (for TCP the side that sent
 * the first SYN, else the SYN-ACK's receiver, else the higher port); {@code forward} counts what
 * the client sent, {@code reverse} what the server sent. {@code first} and {@code last} are the
 * first and last packets; {@code icmpErrors} the ICMP errors that quoted this flow's packets.
 */
public record Flow(FiveTuple tuple, String communityId, DirectionCounts forward, DirectionCounts reverse,
                   long startNanos, long endNanos, PacketRef first, PacketRef last,
                   Optional<TcpSummary> tcp, List<IcmpError> icmpErrors) {

    public Flow {
        Objects.requireNonNull(tuple, "tuple");
        icmpErrors = List.copyOf(icmpErrors);
    }

    public long packets() {
        return forward.packets() + reverse.packets();
    }

    public long bytes() {
        return forward.bytes() + reverse.bytes();
    }
}
