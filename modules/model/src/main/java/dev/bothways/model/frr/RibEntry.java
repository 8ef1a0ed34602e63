package dev.bothways.model.frr;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One route of FRR's RIB for a prefix. A prefix may have several entries (one per protocol);
 * the one zebra chose is {@code selected} ({@code >}), and it is in the kernel when {@code installed}.
 *
 * @param vrf      the VRF named by a header or {@code vrfName}; empty when not shown (default)
 * @param distance administrative distance, {@code [distance/metric]}; empty when not printed
 * @param uptime   as printed ({@code 00:30:22}, {@code 1d00h03m}, {@code XX:XX:XX})
 * @param table    kernel table id, when the JSON shows it
 */
public record RibEntry(Optional<String> vrf, RibPrefix prefix, RibProtocol protocol, OptionalInt distance,
                       OptionalInt metric, boolean selected, boolean installed, Optional<String> uptime,
                       OptionalInt table, List<RibNextHop> nextHops, List<RibNextHop> backupNextHops) {
    public RibEntry {
        nextHops = List.copyOf(nextHops);
        backupNextHops = List.copyOf(backupNextHops);
    }

    /** The next hops the kernel forwards over: installed, and not the recursive ones that were resolved. */
    public List<RibNextHop> forwardingNextHops() {
        return nextHops.stream().filter(n -> n.fib() && !n.recursive()).toList();
    }
}
