package dev.bothways.model.frr;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One next hop of a RIB entry.
 *
 * @param gateway     the {@code via} address, for {@link NextHopKind#GATEWAY}
 * @param vrf         the VRF the next hop lives in when it is not the route's own ({@code (vrf neno)})
 * @param fib         installed in the kernel ({@code *} on its line, {@code "fib":true})
 * @param active      usable; false for {@code inactive} next hops
 * @param recursive   resolved through another route; the resolving next hops follow it in the list
 * @param resolvedVia the route it was resolved through ({@code res via 2.2.2.0/24}), when printed
 * @param labels      MPLS labels as printed, outermost first ({@code 16050}, {@code implicit-null})
 */
public record RibNextHop(NextHopKind kind, Optional<InetAddress> gateway, Optional<String> interfaceName,
                         Optional<String> vrf, boolean fib, boolean active, boolean recursive, boolean duplicate,
                         OptionalInt weight, List<String> labels, Optional<String> resolvedVia) {
    public RibNextHop {
        labels = List.copyOf(labels);
    }

    /** The same next hop, marked usable (the JSON form says so where the text form is silent). */
    public RibNextHop withActive() {
        return new RibNextHop(kind, gateway, interfaceName, vrf, fib, true, recursive, duplicate, weight, labels,
                resolvedVia);
    }
}
