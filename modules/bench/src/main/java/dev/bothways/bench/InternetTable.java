package dev.bothways.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic but realistically shaped full IPv4 Internet table: unique prefixes with the
 * prefix-length mix of today's global table (mostly /24, then /22, /23, /21, /20, /19, /16...),
 * sorted as routers list them, each with one next hop or two (ECMP) from a handful of peers.
 * The same seed always gives the same table.
 */
final class InternetTable {
    /** Prefix lengths and their share of the table, in per mille (roughly the 2024 global table). */
    private static final int[][] MIX = {
            {24, 600}, {22, 110}, {23, 95}, {21, 50}, {20, 45}, {19, 28}, {16, 15}, {18, 15}, {17, 9},
            {15, 4}, {14, 3}, {13, 2}, {12, 1}, {11, 1}, {10, 1}, {9, 1}, {8, 1}, {25, 0}};

    /** One next hop: gateway and interface. */
    record NextHop(String gateway, String device) {
    }

    /** One route: network (as an unsigned 32-bit value), length, next hops. */
    record Route(long network, int length, List<NextHop> nextHops) {
        String prefix() {
            return (network >>> 24) + "." + ((network >>> 16) & 255) + "." + ((network >>> 8) & 255) + "."
                    + (network & 255) + "/" + length;
        }
    }

    private static final List<NextHop> PEERS = List.of(
            new NextHop("192.0.2.1", "eth0"), new NextHop("192.0.2.5", "eth1"),
            new NextHop("198.51.100.1", "eth2"), new NextHop("198.51.100.9", "eth3"),
            new NextHop("203.0.113.1", "eth4"), new NextHop("203.0.113.17", "eth5"));

    private InternetTable() {
    }

    static List<Route> generate(int count, long seed) {
        Random random = new Random(seed);
        int[] cumulative = new int[MIX.length];
        int total = 0;
        for (int i = 0; i < MIX.length; i++) {
            total += MIX[i][1];
            cumulative[i] = total;
        }
        Set<Long> seen = new HashSet<>(count * 2);
        long[] keys = new long[count];
        int n = 0;
        while (n < count) {
            int pick = random.nextInt(total);
            int i = 0;
            while (cumulative[i] <= pick) {
                i++;
            }
            int length = MIX[i][0];
            long address = 1L + random.nextInt(223) << 24 | (random.nextInt() & 0xFFFFFFL);
            long network = address & (0xFFFFFFFFL << (32 - length)) & 0xFFFFFFFFL;
            long key = network << 6 | length;
            if (seen.add(key)) {
                keys[n++] = key;
            }
        }
        Arrays.sort(keys);
        List<Route> routes = new ArrayList<>(count);
        for (long key : keys) {
            int first = random.nextInt(PEERS.size());
            List<NextHop> hops = random.nextInt(100) < 30
                    ? List.of(PEERS.get(first), PEERS.get((first + 1 + random.nextInt(PEERS.size() - 1)) % PEERS.size()))
                    : List.of(PEERS.get(first));
            routes.add(new Route(key >>> 6, (int) (key & 63), hops));
        }
        return routes;
    }
}
