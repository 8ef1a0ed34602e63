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
import java.util.List;
import org.jspecify.annotations.Nullable;

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
        if (destination.isIPv4()) {
            return upFrom(v4.longestPrefixMatchNode(destination.toIPv4()));
        }
        if (destination.isIPv6()) {
            return upFrom(v6.longestPrefixMatchNode(destination.toIPv6()));
        }
        return List.of();
    }

    /** The longest match and every added prefix above it in the trie, which are the shorter prefixes holding it. */
    private static <K extends IPAddress> List<Candidates> upFrom(
            @Nullable AssociativeTrieNode<K, List<Evidence<Route>>> longest) {
        List<Candidates> found = new ArrayList<>(2);
        for (AssociativeTrieNode<K, List<Evidence<Route>>> n = longest; n != null; n = n.getParent()) {
            if (n.isAdded()) {
                List<Evidence<Route>> routes = new ArrayList<>(n.getValue());
                routes.sort(BY_METRIC);
                found.add(new Candidates(n.getKey(), routes));
            }
        }
        return found;
    }
}
