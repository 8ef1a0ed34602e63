package dev.bothways.importers.frr;

import dev.bothways.model.frr.NextHopKind;
import dev.bothways.model.frr.RibNextHop;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One instance of each next hop and of each next-hop list in a table. A full table has a million
 * routes but a handful of distinct next hops; sharing them keeps the heap small. The parts of a
 * next hop already come shared from {@link RepeatedValues}, so they are compared by identity,
 * which is much cheaper than hashing whole records. Next hops with labels or a resolver are
 * rare and not shared. Bounded by {@link RepeatedValues#LIMIT}.
 */
final class SharedNextHops {
    private final Map<HopKey, RibNextHop> hops = new HashMap<>();
    private final Map<ListKey, List<RibNextHop>> lists = new HashMap<>();

    RibNextHop hop(NextHopKind kind, Optional<InetAddress> gateway, Optional<String> iface, Optional<String> vrf,
                   boolean fib, boolean active, boolean recursive, boolean duplicate, OptionalInt weight,
                   List<String> labels, Optional<String> resolvedVia) {
        if (!labels.isEmpty() || resolvedVia.isPresent() || hops.size() >= RepeatedValues.LIMIT) {
            return new RibNextHop(kind, gateway, iface, vrf, fib, active, recursive, duplicate, weight, labels,
                    resolvedVia);
        }
        int flags = (fib ? 1 : 0) | (active ? 2 : 0) | (recursive ? 4 : 0) | (duplicate ? 8 : 0)
                | kind.ordinal() << 4;
        HopKey key = new HopKey(gateway, iface, vrf, weight, flags);
        RibNextHop known = hops.get(key);
        if (known == null) {
            known = new RibNextHop(kind, gateway, iface, vrf, fib, active, recursive, duplicate, weight, labels,
                    resolvedVia);
            hops.put(key, known);
        }
        return known;
    }

    /** The shared immutable copy of {@code list}. */
    List<RibNextHop> list(List<RibNextHop> list) {
        if (list.isEmpty()) {
            return List.of();
        }
        if (list.size() > 2 || lists.size() >= RepeatedValues.LIMIT) {
            return List.copyOf(list);
        }
        ListKey key = new ListKey(list.get(0), list.size() > 1 ? list.get(1) : null);
        List<RibNextHop> known = lists.get(key);
        if (known == null) {
            known = List.copyOf(list);
            lists.put(key, known);
        }
        return known;
    }

    /** Equal when every part is the same instance: the parts come from the parser's shared values. */
    private record HopKey(Object gateway, Object iface, Object vrf, Object weight, int flags) {
        @Override
        public boolean equals(Object o) {
            return o instanceof HopKey k && k.gateway == gateway && k.iface == iface && k.vrf == vrf
                    && k.weight == weight && k.flags == flags;
        }

        @Override
        public int hashCode() {
            return ((System.identityHashCode(gateway) * 31 + System.identityHashCode(iface)) * 31
                    + System.identityHashCode(vrf) * 7 + System.identityHashCode(weight)) * 31 + flags;
        }
    }

    /** One or two shared next hops, compared by identity. */
    private record ListKey(RibNextHop first, @org.jspecify.annotations.Nullable RibNextHop second) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ListKey k && k.first == first && k.second == second;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(first) * 31 + System.identityHashCode(second);
        }
    }
}
