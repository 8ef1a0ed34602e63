package dev.bothways.analysis.routing;

import dev.bothways.model.Evidence;
import dev.bothways.model.Route;
import inet.ipaddr.IPAddress;
import inet.ipaddr.format.util.AssociativeAddressTrie.AssociativeTrieNode;
import inet.ipaddr.ipv4.IPv4Address;
import inet.ipaddr.ipv4.IPv4AddressAssociativeTrie;
import inet.ipaddr.ipv6.IPv6Address;
import inet.ipaddr.ipv6.IPv6AddressAssociativeTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/**
 * One routing table's routes in prefix tries (one per address family), so a destination finds the
 * routes of every prefix that holds it, longest first.
 */
final class RouteTable {
    /** The routes to one prefix, lowest metric first. */
    record Candidates(IPAddress prefix, List<Evidence<Route>> routes) {
        Candidates {
            routes = List.copyOf(routes);
        }
    }

    private static final Comparator<Evidence<Route>> BY_METRIC =
            Comparator.comparingLong(r -> r.fact().metric().orElse(0L));

    private final String name;
    private final IPv4AddressAssociativeTrie<List<Evidence<Route>>> v4 = new IPv4AddressAssociativeTrie<>();
    private final IPv6AddressAssociativeTrie<List<Evidence<Route>>> v6 = new IPv6AddressAssociativeTrie<>();

    RouteTable(String name, List<Evidence<Route>> routes) {
        this.name = name;
        for (Evidence<Route> route : routes) {
            IPAddress prefix = route.fact().destination().toPrefixBlock();
            if (prefix.isIPv4()) {
                v4.remapIfAbsent(prefix.toIPv4(), ArrayList::new, false).getValue().add(route);
            } else if (prefix.isIPv6()) {
                v6.remapIfAbsent(prefix.toIPv6(), ArrayList::new, false).getValue().add(route);
            }
        }
    }

    String name() {
        return name;
    }

    /** Every prefix holding {@code destination} with its routes, the longest prefix first. */
    List<Candidates> containing(IPAddress destination) {
        List<Candidates> found = new ArrayList<>();
        if (destination.isIPv4()) {
            collect(v4.elementsContaining(destination.toIPv4()), found);
        } else if (destination.isIPv6()) {
            collect(v6.elementsContaining(destination.toIPv6()), found);
        }
        found.sort(Comparator.comparing((Candidates c) -> c.prefix().getNetworkPrefixLength() == null
                ? c.prefix().getBitCount() : c.prefix().getNetworkPrefixLength()).reversed());
        return found;
    }

    private static <K extends IPAddress> void collect(AssociativeTrieNode<K, List<Evidence<Route>>> node,
                                                      List<Candidates> found) {
        if (node == null) {
            return;
        }
        Iterator<? extends AssociativeTrieNode<K, List<Evidence<Route>>>> nodes = node.nodeIterator(true);
        while (nodes.hasNext()) {
            AssociativeTrieNode<K, List<Evidence<Route>>> n = nodes.next();
            List<Evidence<Route>> routes = new ArrayList<>(n.getValue());
            routes.sort(BY_METRIC);
            found.add(new Candidates(n.getKey(), routes));
        }
    }
}
