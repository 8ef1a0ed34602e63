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
 * One routing table's routes, so a destination finds the routes of every prefix that holds it,
 * longest first. The first few lookups scan the routes; a table asked more often is put in prefix
 * tries (one per address family) on first need past that, since building a trie of a full table
 * costs far more than a few scans.
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

    /** Lookups answered by scanning before the tries are built. */
    private static final int SCANS = 8;

    private final String name;
    private final List<Evidence<Route>> routes;
    private final IPv4AddressAssociativeTrie<List<Evidence<Route>>> v4 = new IPv4AddressAssociativeTrie<>();
    private final IPv6AddressAssociativeTrie<List<Evidence<Route>>> v6 = new IPv6AddressAssociativeTrie<>();
    private int lookups;
    private boolean indexed;

    RouteTable(String name, List<Evidence<Route>> routes) {
        this.name = name;
        this.routes = List.copyOf(routes);
    }

    private void index() {
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
        if (++lookups <= SCANS) {
            return scan(destination);
        }
        if (!indexed) {
            index();
            indexed = true;
        }
        if (destination.isIPv4()) {
            return upFrom(v4.longestPrefixMatchNode(destination.toIPv4()));
        }
        if (destination.isIPv6()) {
            return upFrom(v6.longestPrefixMatchNode(destination.toIPv6()));
        }
        return List.of();
    }

    private List<Candidates> scan(IPAddress destination) {
        java.util.Map<IPAddress, List<Evidence<Route>>> holding = new java.util.LinkedHashMap<>();
        for (Evidence<Route> route : routes) {
            IPAddress prefix = route.fact().destination().toPrefixBlock();
            if (prefix.getIPVersion() == destination.getIPVersion() && prefix.contains(destination)) {
                holding.computeIfAbsent(prefix, k -> new ArrayList<>()).add(route);
            }
        }
        List<Candidates> found = new ArrayList<>(holding.size());
        holding.forEach((prefix, list) -> {
            List<Evidence<Route>> sorted = new ArrayList<>(list);
            sorted.sort(BY_METRIC);
            found.add(new Candidates(prefix, sorted));
        });
        found.sort(Comparator.comparingInt((Candidates c) -> c.prefix().getNetworkPrefixLength() == null
                ? c.prefix().getBitCount() : c.prefix().getNetworkPrefixLength()).reversed());
        return found;
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
