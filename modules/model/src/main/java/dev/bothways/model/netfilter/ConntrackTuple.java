package dev.bothways.model.netfilter;

import dev.bothways.model.Addresses;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Protocol;
import java.net.InetAddress;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One direction of a conntrack entry as printed ({@code src= dst= sport= dport=}). Addresses are
 * kept as written because pasted tables are often anonymised with names in place of addresses;
 * {@link #fiveTuple} gives the typed form when they are addresses.
 *
 * @param sourcePort      the port; for ICMP echo the id, in both ports so that a reply tuple mirrors
 *                        its original; empty when the protocol has none
 */
public record ConntrackTuple(String source, String destination, OptionalInt sourcePort,
                             OptionalInt destinationPort) {

    /** The typed tuple, when both ends are IP addresses; protocols without ports get port 0. */
    public Optional<FiveTuple> fiveTuple(Protocol protocol) {
        Optional<InetAddress> src = Addresses.parse(source);
        Optional<InetAddress> dst = Addresses.parse(destination);
        if (src.isEmpty() || dst.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FiveTuple(protocol, src.get(), sourcePort.orElse(0), dst.get(),
                destinationPort.orElse(0)));
    }

    /** The tuple a reply would carry if nothing translated it. */
    public ConntrackTuple reversed() {
        return new ConntrackTuple(destination, source, destinationPort, sourcePort);
    }
}
