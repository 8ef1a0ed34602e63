package dev.bothways.capture.flow;

import dev.bothways.model.FiveTuple;
import dev.bothways.model.PacketRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One flow of a capture. {@code tuple} is oriented client to server (for TCP the side that sent
 * the first SYN, else the SYN-ACK's receiver, else the higher port); {@code forward} counts what
 * the client sent, {@code reverse} what the server sent; {@code ipProtocol} is the IP protocol number
 * (the tuple says only {@code OTHER} for protocols beyond TCP, UDP and ICMP). {@code first} and {@code last} are the
 * first and last packets; {@code icmpErrors} the ICMP errors that quoted this flow's packets.
 */
public record Flow(FiveTuple tuple, int ipProtocol, DirectionCounts forward, DirectionCounts reverse,
                   long startNanos, long endNanos, PacketRef first, PacketRef last,
                   Optional<TcpSummary> tcp, List<IcmpError> icmpErrors) {

    public Flow {
        Objects.requireNonNull(tuple, "tuple");
        icmpErrors = List.copyOf(icmpErrors);
    }

    /**
     * The flow's Community ID v1 (seed 0). For ICMP the tuple's ports are the client's type and
     * its counterpart or code, as the spec maps them, so the same call covers every protocol.
     */
    public String communityId() {
        return CommunityId.of(ipProtocol, tuple.source(), tuple.sourcePort(), tuple.destination(), tuple.destinationPort());
    }

    public long packets() {
        return forward.packets() + reverse.packets();
    }

    public long bytes() {
        return forward.bytes() + reverse.bytes();
    }
}
