package dev.bothways.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a table in the two shapes the benchmark reads: FRR's JSON and {@code ip route show} text. */
final class TableWriter {
    private TableWriter() {
    }

    /** {@code vtysh -c "show ip route json"} as FRR 8.4 prints a BGP route (see the importers' frr fixtures). */
    static void frrJson(List<InternetTable.Route> routes, Path file) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            w.write("{\n");
            for (int r = 0; r < routes.size(); r++) {
                InternetTable.Route route = routes.get(r);
                String prefix = route.prefix();
                int group = 100 + r % 5000;
                w.write("  \"" + prefix + "\":[\n    {\n");
                w.write("      \"prefix\":\"" + prefix + "\",\n");
                w.write("      \"prefixLen\":" + route.length() + ",\n");
                w.write("      \"protocol\":\"bgp\",\n      \"vrfId\":0,\n      \"vrfName\":\"default\",\n");
                w.write("      \"selected\":true,\n      \"destSelected\":true,\n      \"distance\":20,\n");
                w.write("      \"metric\":0,\n      \"installed\":true,\n      \"table\":254,\n");
                w.write("      \"internalStatus\":16,\n      \"internalFlags\":8,\n");
                w.write("      \"internalNextHopNum\":" + route.nextHops().size() + ",\n");
                w.write("      \"internalNextHopActiveNum\":" + route.nextHops().size() + ",\n");
                w.write("      \"nexthopGroupId\":" + group + ",\n      \"installedNexthopGroupId\":" + group + ",\n");
                w.write("      \"uptime\":\"3d02h11m\",\n      \"nexthops\":[\n");
                List<InternetTable.NextHop> hops = route.nextHops();
                for (int h = 0; h < hops.size(); h++) {
                    InternetTable.NextHop hop = hops.get(h);
                    w.write("        {\n          \"flags\":3,\n          \"fib\":true,\n");
                    w.write("          \"ip\":\"" + hop.gateway() + "\",\n          \"afi\":\"ipv4\",\n");
                    w.write("          \"interfaceIndex\":" + (2 + hop.device().charAt(3) - '0') + ",\n");
                    w.write("          \"interfaceName\":\"" + hop.device() + "\",\n");
                    w.write("          \"active\":true,\n          \"weight\":1\n        }");
                    w.write(h + 1 < hops.size() ? ",\n" : "\n");
                }
                w.write("      ]\n    }\n  ]");
                w.write(r + 1 < routes.size() ? ",\n" : "\n");
            }
            w.write("}\n");
        }
    }

    /** {@code ip route show}: one line a route, a multipath route's next hops on {@code nexthop} lines. */
    static void ipRouteText(List<InternetTable.Route> routes, Path file) throws IOException {
        try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 20)) {
            for (int r = 0; r < routes.size(); r++) {
                InternetTable.Route route = routes.get(r);
                int group = 100 + r % 5000;
                List<InternetTable.NextHop> hops = route.nextHops();
                if (hops.size() == 1) {
                    InternetTable.NextHop hop = hops.getFirst();
                    w.write(route.prefix() + " nhid " + group + " via " + hop.gateway() + " dev " + hop.device()
                            + " proto bgp metric 20 \n");
                } else {
                    w.write(route.prefix() + " nhid " + group + " proto bgp metric 20 \n");
                    for (InternetTable.NextHop hop : hops) {
                        w.write("\tnexthop via " + hop.gateway() + " dev " + hop.device() + " weight 1 \n");
                    }
                }
            }
        }
    }
}
