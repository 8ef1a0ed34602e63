package dev.bothways.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 50-host case's network: a client and a server at the two ends of 48 routers and firewalls in
 * 15 tiers, and the two lanes of the failing flow through it.
 *
 * <pre>
 * position  0       1   2      3..7           8          9..13          14     15  16
 *           client  l1  l2a-b  l3a-d..l7a-d   fw1, fw2   r7a-d..r3a-d   r2a-b  r1  server
 * width     1       1   2      4 each         2          4 each         2      1   1
 * </pre>
 *
 * Between two tiers of four, router {@code i} links to routers {@code i} and {@code i+1 (mod 4)}
 * of the next tier, so every one of them has two equal-cost next hops each way; the pairs (l2, the
 * firewalls, r2) link to every router of the tiers beside them. Links are /31s in 10.200.0.0/16;
 * the client's LAN is 10.1.0.0/24, the server's 10.2.0.0/24.
 */
final class Fabric {
    static final int LAST = 16;
    static final int FIREWALLS = 8;
    private static final int[] WIDTH = {1, 1, 2, 4, 4, 4, 4, 4, 2, 4, 4, 4, 4, 4, 2, 1, 1};

    static final String CLIENT_ADDRESS = "10.1.0.10";
    static final String SERVER_ADDRESS = "10.2.0.10";
    static final int CLIENT_PORT = 40001;
    static final int SERVER_PORT = 8080;

    /** One host: its tier (0 is the client, {@link #LAST} the server) and place in the tier. */
    record Host(String name, int position, int index) {
        boolean router() {
            return position > 0 && position < LAST;
        }

        boolean firewall() {
            return position == FIREWALLS;
        }
    }

    /** A link between a host and one of the next tier; {@code left} is nearer the client. */
    record Link(Host left, Host right, String leftAddress, String rightAddress, int prefixLength, String network) {
        Host peer(Host self) {
            return self.equals(left) ? right : left;
        }

        String address(Host self) {
            return self.equals(left) ? leftAddress : rightAddress;
        }

        String device(Host self) {
            return self.name() + "-" + peer(self).name();
        }
    }

    /** Where one lane crosses: the hosts in order, client first for forward, server first for return. */
    record Lane(List<Host> hosts) {
        Optional<Host> before(Host host) {
            int at = hosts.indexOf(host);
            return at > 0 ? Optional.of(hosts.get(at - 1)) : Optional.empty();
        }

        Optional<Host> after(Host host) {
            int at = hosts.indexOf(host);
            return at >= 0 && at + 1 < hosts.size() ? Optional.of(hosts.get(at + 1)) : Optional.empty();
        }
    }

    private final List<List<Host>> tiers = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    Fabric() {
        for (int p = 0; p <= LAST; p++) {
            List<Host> tier = new ArrayList<>();
            for (int i = 0; i < WIDTH[p]; i++) {
                tier.add(new Host(name(p, i), p, i));
            }
            tiers.add(List.copyOf(tier));
        }
        links.add(new Link(host(0, 0), host(1, 0), CLIENT_ADDRESS, "10.1.0.1", 24, "10.1.0.0/24"));
        int n = 0;
        for (int p = 1; p < LAST - 1; p++) {
            for (Host a : tiers.get(p)) {
                for (Host b : tiers.get(p + 1)) {
                    if (linked(a, b)) {
                        long base = (10L << 24 | 200L << 16) + 2L * n++;
                        links.add(new Link(a, b, dotted(base), dotted(base + 1), 31, dotted(base) + "/31"));
                    }
                }
            }
        }
        links.add(new Link(host(LAST - 1, 0), host(LAST, 0), "10.2.0.1", SERVER_ADDRESS, 24, "10.2.0.0/24"));
    }

    private static String name(int p, int i) {
        String letter = WIDTH[p] > 1 ? String.valueOf((char) ('a' + i)) : "";
        if (p == 0) {
            return "client";
        }
        if (p == LAST) {
            return "server";
        }
        if (p == FIREWALLS) {
            return "fw" + (i + 1);
        }
        return p < FIREWALLS ? "l" + p + letter : "r" + (LAST - p) + letter;
    }

    private static boolean linked(Host a, Host b) {
        if (WIDTH[a.position()] == 4 && WIDTH[b.position()] == 4) {
            return b.index() == a.index() || b.index() == (a.index() + 1) % 4;
        }
        return true;
    }

    static String dotted(long address) {
        return (address >>> 24 & 255) + "." + (address >>> 16 & 255) + "." + (address >>> 8 & 255) + "."
                + (address & 255);
    }

    Host host(int position, int index) {
        return tiers.get(position).get(index);
    }

    Host host(String name) {
        return hosts().stream().filter(h -> h.name().equals(name)).findFirst().orElseThrow();
    }

    List<Host> hosts() {
        return tiers.stream().flatMap(List::stream).toList();
    }

    List<Link> links() {
        return List.copyOf(links);
    }

    /** The host's links, toward the client first. */
    List<Link> linksOf(Host host) {
        List<Link> mine = new ArrayList<>();
        links.stream().filter(l -> l.right().equals(host)).forEach(mine::add);
        links.stream().filter(l -> l.left().equals(host)).forEach(mine::add);
        return mine;
    }

    /** The host's links toward the client ({@code towardServer} false) or toward the server. */
    List<Link> linksToward(Host host, boolean towardServer) {
        return links.stream().filter(l -> towardServer ? l.left().equals(host) : l.right().equals(host)).toList();
    }

    /** The SYN's way: through fw1, on routers no return packet crosses. */
    Lane forward() {
        return lane("client l1 l2a l3a l4a l5b l6b l7c fw1 r7a r6a r5b r4b r3c r2a r1 server");
    }

    /** The SYN-ACK's way back: hashed the other way at r2, through fw2. */
    Lane back() {
        return lane("server r1 r2b r3d r4d r5d r6c r7c fw2 l7a l6d l5c l4c l3b l2b l1 client");
    }

    private Lane lane(String names) {
        List<Host> hosts = new ArrayList<>();
        for (String name : names.split(" ")) {
            hosts.add(host(name));
        }
        for (int i = 0; i + 1 < hosts.size(); i++) {
            Host a = hosts.get(i);
            Host b = hosts.get(i + 1);
            if (linkBetween(a, b).isEmpty()) {
                throw new IllegalStateException("no link between " + a.name() + " and " + b.name());
            }
        }
        return new Lane(List.copyOf(hosts));
    }

    Optional<Link> linkBetween(Host a, Host b) {
        return links.stream().filter(l -> l.left().equals(a) && l.right().equals(b)
                || l.left().equals(b) && l.right().equals(a)).findFirst();
    }
}
