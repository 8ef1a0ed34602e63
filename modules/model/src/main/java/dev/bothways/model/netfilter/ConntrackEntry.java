package dev.bothways.model.netfilter;

import dev.bothways.model.Protocol;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One connection as conntrack tracks it: the original direction (as the first packet had it) and
 * the reply direction it expects back. When the reply tuple is not the original reversed, the
 * connection is translated (SNAT or DNAT).
 *
 * @param l3             {@code ipv4}/{@code ipv6} when printed ({@code -o extended}, {@code /proc/net/nf_conntrack})
 * @param protocolNumber the IP protocol number as printed
 * @param timeout        seconds left before the entry expires
 * @param state          TCP state; empty for other protocols
 * @param originalCounters packets and bytes seen in the original direction, when accounting is on
 *                         ({@code nf_conntrack_acct}); {@code replyCounters} likewise for replies
 */
public record ConntrackEntry(Optional<String> l3, Protocol protocol, int protocolNumber, OptionalLong timeout,
                             Optional<TcpConntrackState> state, ConntrackTuple original, ConntrackTuple reply,
                             Set<ConntrackFlag> flags, OptionalLong mark, OptionalInt zone, OptionalInt use,
                             Optional<Counters> originalCounters, Optional<Counters> replyCounters) {
    public ConntrackEntry {
        flags = Set.copyOf(flags);
    }

    public boolean unreplied() {
        return flags.contains(ConntrackFlag.UNREPLIED);
    }

    public boolean assured() {
        return flags.contains(ConntrackFlag.ASSURED);
    }

    /** The reply goes to another address than the original came from: source NAT. */
    public boolean sourceTranslated() {
        return !reply.destination().equals(original.source()) || !reply.destinationPort().equals(original.sourcePort());
    }

    /** The reply comes from another address than the original went to: destination NAT. */
    public boolean destinationTranslated() {
        return !reply.source().equals(original.destination()) || !reply.sourcePort().equals(original.destinationPort());
    }
}
