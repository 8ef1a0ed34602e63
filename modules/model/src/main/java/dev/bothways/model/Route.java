package dev.bothways.model;

import inet.ipaddr.IPAddress;
import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a Linux routing table, as {@code ip route} shows it.
 *
 * @param destination     the prefix ({@code default} is 0.0.0.0/0 or ::/0)
 * @param table           the table's name or number ("main", "local", "100")
 * @param nextHops        one for a plain route, several for multipath (ECMP), none for
 *                        blackhole/unreachable/prohibit/throw routes
 * @param nextHopGroup    the {@code nhid} when the route uses a kernel next-hop object
 * @param flags           route flags ({@code linkdown}, {@code offload}, ...) beyond the next hops'
 * @param attributes      everything else printed, by keyword ({@code pref}, {@code mtu}, {@code expires})
 */
public record Route(RouteType type, IPAddress destination, String table, Optional<Long> metric,
                    Optional<String> protocol, Optional<String> scope, Optional<InetAddress> preferredSource,
                    Optional<Integer> nextHopGroup, List<NextHop> nextHops, List<String> flags,
                    Map<String, String> attributes) {
    public static final String MAIN = "main";

    public Route {
        if (!destination.isPrefixed()) { // a host route: 10.0.0.1 is 10.0.0.1/32
            destination = destination.setPrefixLength(destination.getBitCount(), false);
        }
        nextHops = List.copyOf(nextHops);
        flags = List.copyOf(flags);
        attributes = Map.copyOf(attributes);
    }

    public boolean multipath() {
        return nextHops.size() > 1;
    }
}
