package dev.bothways.analysis.routing;

import static dev.bothways.analysis.routing.PolicyRouterLabTest.ip;
import static dev.bothways.analysis.routing.PolicyRouterLabTest.tuple;
import static dev.bothways.analysis.routing.RoutingEvidence.snippets;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.model.ArtifactId;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Provenance;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One routing feature per test, on small pasted outputs read by the real importers (Batfish-style snippets). */
class PolicyRouterSnippetTest {
    private static final String ADDRESSES = """
            1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000
                link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00
                inet 127.0.0.1/8 scope host lo
                   valid_lft forever preferred_lft forever
            2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
                link/ether 02:00:00:00:00:01 brd ff:ff:ff:ff:ff:ff
                inet 192.0.2.10/24 scope global eth0
                   valid_lft forever preferred_lft forever
                inet6 2001:db8::10/64 scope global
                   valid_lft forever preferred_lft forever
                inet6 fe80::1:10/64 scope link
                   valid_lft forever preferred_lft forever
            3: eth1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc noqueue state UP group default qlen 1000
                link/ether 02:00:00:00:00:02 brd ff:ff:ff:ff:ff:ff
                inet 198.51.100.10/24 scope global eth1
                   valid_lft forever preferred_lft forever
            4: wg0: <POINTOPOINT,NOARP,UP,LOWER_UP> mtu 1420 qdisc noqueue state UNKNOWN group default qlen 1000
                link/none
                inet 10.8.0.2/24 scope global wg0
                   valid_lft forever preferred_lft forever
            """;
    private static final String MAIN = """
            default via 192.0.2.1 dev eth0
            192.0.2.0/24 dev eth0 proto kernel scope link src 192.0.2.10
            198.51.100.0/24 dev eth1 proto kernel scope link src 198.51.100.10
            """;

    private static RoutingDecision route(String routes, String rules, RoutedPacket packet) {
        return new PolicyRouter(snippets(ADDRESSES, routes, rules, "")).route(packet);
    }

    private static RoutedPacket sent(String flow) {
        return RoutedPacket.sent(tuple(flow));
    }

    private static Provenance line(String artifact, int line) {
        return ArtifactLines.line(new ArtifactId(artifact), line);
    }

    /** What most tests compare: outcome, table, gateways, egress, source and the lines relied on. */
    private record Summary(RouteOutcome outcome, String table, List<InetAddress> gateways, Optional<String> egress,
                           Optional<InetAddress> source, List<Provenance> evidence) {
        static Summary of(RoutingDecision d) {
            return new Summary(d.outcome(), d.table(), d.gateways(), d.egressInterface(), d.source(), d.evidence());
        }
    }

    private static Summary out(RouteOutcome outcome, String table, String gateway, String egress, String source,
                               Provenance... evidence) {
        return new Summary(outcome, table, gateway.isEmpty() ? List.of() : List.of(ip(gateway)),
                egress.isEmpty() ? Optional.empty() : Optional.of(egress),
                source.isEmpty() ? Optional.empty() : Optional.of(ip(source)), List.of(evidence));
    }

    private static final String WG_RULES = """
            0:	from all lookup local
            32764:	from all lookup main suppress_prefixlength 0
            32765:	not from all fwmark 0xca6c lookup 51820
            32766:	from all lookup main
            32767:	from all lookup default
            """;
    private static final String WG_ROUTES = MAIN + "default dev wg0 table 51820 scope link\n";

    @Test
    void suppressPrefixLengthPassesOverTheMainDefaultRoute() {
        RoutingDecision d = route(WG_ROUTES, WG_RULES, sent("udp 0.0.0.0:40000 > 203.0.113.7:443"));

        assertEquals(out(RouteOutcome.FORWARD, "51820", "", "wg0", "10.8.0.2", line("ip-rule", 3), line("ip-route", 4)),
                Summary.of(d));
        assertEquals(List.of("rule 32764: from all lookup main suppress_prefixlength 0 matches; table main has "
                + "'default via 192.0.2.1 dev eth0', but /0 is suppressed (suppress_prefixlength 0); next rule"),
                d.reasons().stream().filter(r -> r.startsWith("rule 32764")).toList());
    }

    @Test
    void suppressPrefixLengthKeepsALongerPrefix() {
        RoutingDecision d = route(WG_ROUTES, WG_RULES, sent("udp 0.0.0.0:40000 > 198.51.100.7:53"));

        assertEquals(out(RouteOutcome.FORWARD, "main", "", "eth1", "198.51.100.10", line("ip-rule", 2),
                line("ip-route", 3)), Summary.of(d));
    }

    @Test
    void notFwmarkLetsTheTunnelsOwnMarkedPacketsUseMain() {
        RoutedPacket marked = new RoutedPacket(tuple("udp 192.0.2.10:51820 > 203.0.113.7:51820"), Optional.empty(), 0xca6c);

        assertEquals(out(RouteOutcome.FORWARD, "main", "192.0.2.1", "eth0", "192.0.2.10", line("ip-rule", 4),
                line("ip-route", 1)), Summary.of(route(WG_ROUTES, WG_RULES, marked)));
    }

    @Test
    void fwmarkComparesUnderItsMask() {
        String rules = """
                0:	from all lookup local
                100:	from all fwmark 0x100/0xff00 lookup 200
                32766:	from all lookup main
                """;
        String routes = MAIN + "default via 198.51.100.1 dev eth1 table 200\n";
        RoutedPacket inMask = new RoutedPacket(tuple("tcp 192.0.2.10:40000 > 203.0.113.7:443"), Optional.empty(), 0x1ab);
        RoutedPacket outOfMask = new RoutedPacket(tuple("tcp 192.0.2.10:40000 > 203.0.113.7:443"), Optional.empty(), 0x2ab);

        assertEquals(List.of(
                        out(RouteOutcome.FORWARD, "200", "198.51.100.1", "eth1", "198.51.100.10", line("ip-rule", 2),
                                line("ip-route", 4)),
                        out(RouteOutcome.FORWARD, "main", "192.0.2.1", "eth0", "192.0.2.10", line("ip-rule", 3),
                                line("ip-route", 1))),
                List.of(Summary.of(route(routes, rules, inMask)), Summary.of(route(routes, rules, outOfMask))));
    }

    @Test
    void gotoSkipsTheRulesInBetween() {
        String rules = """
                0:	from all lookup local
                100:	from 192.0.2.0/24 goto 200
                150:	from all lookup 150
                200:	from all lookup main
                """;
        String routes = MAIN + "default via 198.51.100.1 dev eth1 table 150\n";

        assertEquals(List.of(
                        out(RouteOutcome.FORWARD, "main", "192.0.2.1", "eth0", "192.0.2.10", line("ip-rule", 4),
                                line("ip-route", 1)),
                        out(RouteOutcome.FORWARD, "150", "198.51.100.1", "eth1", "198.51.100.10", line("ip-rule", 3),
                                line("ip-route", 4))),
                List.of(Summary.of(route(routes, rules, sent("tcp 192.0.2.10:40000 > 203.0.113.7:443"))),
                        Summary.of(route(routes, rules, sent("tcp 10.8.0.2:40000 > 203.0.113.7:443")))));
    }

    @Test
    void unreachableRuleDropsWithoutATable() {
        String rules = """
                0:	from all lookup local
                50:	from all to 203.0.113.0/24 unreachable
                32766:	from all lookup main
                """;
        RoutingDecision d = route(MAIN, rules, sent("tcp 192.0.2.10:40000 > 203.0.113.7:443"));

        assertEquals(new RoutingDecision(RouteOutcome.UNREACHABLE, d.rule(), "", Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), List.of(
                        "sent by host: tcp 192.0.2.10:40000 > 203.0.113.7:443",
                        "no routes of table local in the evidence: its local routes are taken from the host's "
                                + "addresses (ip addr), as the kernel adds them",
                        "rule 0: from all lookup local matches, but table local has no route to 203.0.113.7; next rule",
                        "rule 50: from all to 203.0.113.0/24 unreachable matches: unreachable, the packet is dropped")), d);
        assertEquals(List.of(line("ip-rule", 2)), d.evidence());
    }

    @Test
    void lowestMetricBreaksATieAndALongerPrefixBeatsAnyMetric() {
        String routes = """
                default via 192.0.2.1 dev eth0 metric 200
                default via 192.0.2.2 dev eth0 metric 100
                203.0.113.0/24 via 192.0.2.3 dev eth0 metric 500
                192.0.2.0/24 dev eth0 proto kernel scope link src 192.0.2.10
                """;
        assertEquals(List.of(
                        out(RouteOutcome.FORWARD, "main", "192.0.2.2", "eth0", "192.0.2.10", line("ip-route", 2)),
                        out(RouteOutcome.FORWARD, "main", "192.0.2.3", "eth0", "192.0.2.10", line("ip-route", 3))),
                List.of(Summary.of(route(routes, "", sent("tcp 192.0.2.10:40000 > 198.51.100.99:443"))),
                        Summary.of(route(routes, "", sent("tcp 192.0.2.10:40000 > 203.0.113.7:443")))));
    }

    @Test
    void withoutRulesTheDefaultRulesAreAssumedAndSaid() {
        RoutingDecision d = route(MAIN, "", sent("tcp 192.0.2.10:40000 > 203.0.113.7:443"));

        assertEquals(List.of(
                "sent by host: tcp 192.0.2.10:40000 > 203.0.113.7:443",
                "no routes of table local in the evidence: its local routes are taken from the host's "
                        + "addresses (ip addr), as the kernel adds them",
                "no ip rule output: assuming the kernel's default rules (0 lookup local, 32766 lookup main, "
                        + "32767 lookup default)",
                "rule 0: from all lookup local (assumed default) matches, but table local has no route to "
                        + "203.0.113.7; next rule",
                "rule 32766: from all lookup main (assumed default) matches: table main has 'default via 192.0.2.1 dev eth0'",
                "source 192.0.2.10: the primary address of eth0",
                "leaves by eth0 via 192.0.2.1"), d.reasons());
        assertEquals(Optional.empty(), d.rule());
    }

    @Test
    void throwRouteSendsTheLookupOnToTheNextRule() {
        String rules = """
                0:	from all lookup local
                100:	from all lookup 100
                32766:	from all lookup main
                """;
        String routes = MAIN + """
                throw 192.0.2.0/24 table 100
                default via 198.51.100.1 dev eth1 table 100
                """;
        assertEquals(List.of(
                        out(RouteOutcome.FORWARD, "main", "", "eth0", "192.0.2.10", line("ip-rule", 3), line("ip-route", 2)),
                        out(RouteOutcome.FORWARD, "100", "198.51.100.1", "eth1", "198.51.100.10", line("ip-rule", 2),
                                line("ip-route", 5))),
                List.of(Summary.of(route(routes, rules, sent("tcp 192.0.2.10:40000 > 192.0.2.77:443"))),
                        Summary.of(route(routes, rules, sent("tcp 192.0.2.10:40000 > 203.0.113.7:443")))));
    }

    @Test
    void throwWithNothingAfterItIsNoRoute() {
        String rules = """
                100:	from all lookup 100
                """;
        RoutingDecision d = route("throw 10.0.0.0/8 table 100\n", rules, sent("tcp 192.0.2.10:40000 > 10.1.2.3:443"));

        assertEquals(out(RouteOutcome.THROW, "100", "", "", "", line("ip-rule", 1), line("ip-route", 1)), Summary.of(d));
    }

    @Test
    void blackholeRouteDropsSilently() {
        String routes = MAIN + "blackhole 203.0.113.0/24 proto static\n";

        assertEquals(out(RouteOutcome.BLACKHOLE, "main", "", "", "", line("ip-route", 4)),
                Summary.of(route(routes, "", sent("tcp 192.0.2.10:40000 > 203.0.113.7:443"))));
    }

    @Test
    void deadRouteIsPassedOverForAShorterPrefix() {
        String routes = MAIN + "203.0.113.0/24 via 198.51.100.1 dev eth1 dead linkdown\n";

        assertEquals(out(RouteOutcome.FORWARD, "main", "192.0.2.1", "eth0", "192.0.2.10", line("ip-route", 1)),
                Summary.of(route(routes, "", sent("tcp 192.0.2.10:40000 > 203.0.113.7:443"))));
    }

    @Test
    void withoutTableLocalThePacketForAnOwnAddressIsDeliveredByTheAddressLine() {
        RoutingDecision d = route(MAIN, "", RoutedPacket.arriving(tuple("tcp 203.0.113.7:40000 > 198.51.100.10:22"), "eth1"));

        assertEquals(out(RouteOutcome.LOCAL, "local", "", "lo", "198.51.100.10", line("ip-addr", 15)), Summary.of(d));
    }

    @Test
    void aHostWithNoEvidenceHasNoRoute() {
        RoutingDecision d = new PolicyRouter(new HostRouting("empty", List.of(), List.of(), List.of(), List.of()))
                .route(sent("tcp 192.0.2.10:40000 > 203.0.113.7:443"));

        assertEquals(new RoutingDecision(RouteOutcome.NO_ROUTE, Optional.empty(), "", Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), List.of(
                        "sent by empty: tcp 192.0.2.10:40000 > 203.0.113.7:443",
                        "no ip rule output: assuming the kernel's default rules (0 lookup local, 32766 lookup main, "
                                + "32767 lookup default)",
                        "rule 0: from all lookup local (assumed default) matches, but table local has no routes in "
                                + "the evidence; next rule",
                        "rule 32766: from all lookup main (assumed default) matches, but table main has no routes in "
                                + "the evidence; next rule",
                        "rule 32767: from all lookup default (assumed default) matches, but table default has no "
                                + "routes in the evidence; next rule",
                        "no rule led to a route: network unreachable")), d);
    }

    @Test
    void aHostThatDoesNotForwardDropsTransitPackets() {
        HostRouting host = snippets(ADDRESSES, MAIN, "", "net.ipv4.ip_forward = 0\n");
        RoutingDecision transit = new PolicyRouter(host)
                .route(RoutedPacket.arriving(tuple("tcp 203.0.113.7:40000 > 198.51.100.99:443"), "eth0"));

        assertEquals(out(RouteOutcome.UNREACHABLE, "main", "", "", "", line("ip-route", 3), line("sysctl", 1)),
                Summary.of(transit));
    }

    @Test
    void iifRuleSelectsForwardedPacketsAndIifLoSelectsTheHostsOwn() {
        String rules = """
                10:	from all iif eth1 lookup 10
                20:	from all iif lo ipproto udp dport 53 lookup 20
                32766:	from all lookup main
                """;
        String routes = MAIN + """
                default via 198.51.100.1 dev eth1 table 10
                default via 198.51.100.2 dev eth1 table 20
                """;
        assertEquals(List.of(
                        out(RouteOutcome.FORWARD, "10", "198.51.100.1", "eth1", "198.51.100.10", line("ip-rule", 1),
                                line("ip-route", 4)),
                        out(RouteOutcome.FORWARD, "20", "198.51.100.2", "eth1", "198.51.100.10", line("ip-rule", 2),
                                line("ip-route", 5)),
                        out(RouteOutcome.FORWARD, "main", "192.0.2.1", "eth0", "192.0.2.10", line("ip-rule", 3),
                                line("ip-route", 1))),
                List.of(Summary.of(route(routes, rules,
                                RoutedPacket.arriving(tuple("tcp 203.0.113.7:40000 > 192.0.2.99:443"), "eth1"))),
                        Summary.of(route(routes, rules, sent("udp 192.0.2.10:40000 > 203.0.113.53:53"))),
                        Summary.of(route(routes, rules, sent("udp 192.0.2.10:40000 > 203.0.113.53:123")))));
    }

    @Test
    void ipv6RouteTakesTheGlobalSourceAndRpFilterDoesNotApply() {
        String routes = """
                2001:db8::/64 dev eth0 proto kernel metric 256 pref medium
                default via fe80::1 dev eth0 metric 1024 pref medium
                local 2001:db8::10 dev eth0 table local proto kernel metric 0 pref medium
                """;
        HostRouting host = snippets(ADDRESSES, routes, "", "net.ipv4.conf.all.rp_filter = 1\n");
        RoutedPacket arriving = RoutedPacket.arriving(tuple("tcp [2001:db8:1::5]:40000 > [2001:db8::10]:443"), "eth1");

        assertEquals(List.of(
                        out(RouteOutcome.FORWARD, "main", "fe80::1", "eth0", "2001:db8::10", line("ip-route", 2)),
                        out(RouteOutcome.LOCAL, "local", "", "lo", "", line("ip-route", 3))),
                List.of(Summary.of(new PolicyRouter(host).route(sent("tcp [2001:db8::10]:443 > [2001:db8:1::5]:40000"))),
                        Summary.of(new PolicyRouter(host).route(arriving))));
        assertEquals(new RpFilterVerdict(RpFilterMode.OFF, true, Optional.empty(), List.of(),
                        "rp_filter checks IPv4 only; IPv6 packets are not filtered by it"),
                new RpFilter(host).check(arriving));
    }

    @Test
    void ipv4RulesDoNotRouteIpv6AndIpv6RulesDo() {
        String routes = """
                2001:db8::/64 dev eth0 proto kernel metric 256 pref medium
                default via fe80::1 dev eth0 metric 1024 pref medium
                default via fe80::99 dev eth1 table 100 metric 1024 pref medium
                """;
        HostRouting v4Rules = snippets(ADDRESSES, routes, "100:\tfrom all lookup 100\n", "");
        HostRouting v6Rules = new HostRouting("host", v4Rules.addresses(), v4Rules.routes(), List.of(), List.of(),
                RoutingEvidence.items(RoutingEvidence.pasted("ip-6-rule", "ip-rule", "100:\tfrom all lookup 100\n"),
                        dev.bothways.model.PolicyRule.class));
        RoutedPacket packet = sent("tcp [2001:db8::10]:443 > [2001:db8:1::5]:40000");
        RoutingDecision withV4Rules = new PolicyRouter(v4Rules).route(packet);

        assertEquals(List.of(
                        out(RouteOutcome.FORWARD, "main", "fe80::1", "eth0", "2001:db8::10", line("ip-route", 2)),
                        out(RouteOutcome.FORWARD, "100", "fe80::99", "eth1", "", line("ip-6-rule", 1),
                                line("ip-route", 3))),
                List.of(Summary.of(withV4Rules), Summary.of(new PolicyRouter(v6Rules).route(packet))));
        assertEquals("no ip -6 rule output: assuming the kernel's default IPv6 rules (0 lookup local, 32766 lookup main)",
                withV4Rules.reasons().get(2));
    }

    @Test
    void strictRpFilterAcceptsAnyBranchOfAMultipathRouteBack() {
        String routes = MAIN + """
                203.0.113.0/24 proto static metric 20
                	nexthop via 192.0.2.1 dev eth0 weight 1
                	nexthop via 198.51.100.1 dev eth1 weight 1
                """;
        HostRouting host = snippets(ADDRESSES, routes, "", "net.ipv4.conf.all.rp_filter = 1\n");
        RoutedPacket onEth1 = RoutedPacket.arriving(tuple("tcp 203.0.113.7:40000 > 192.0.2.10:443"), "eth1");
        RoutedPacket fromElsewhere = RoutedPacket.arriving(tuple("tcp 10.99.0.1:40000 > 192.0.2.10:443"), "eth1");

        assertEquals(List.of(List.of(RpFilterMode.STRICT, true), List.of(RpFilterMode.STRICT, false)),
                List.of(List.of(new RpFilter(host).check(onEth1).mode(), new RpFilter(host).check(onEth1).accepts()),
                        List.of(new RpFilter(host).check(fromElsewhere).mode(),
                                new RpFilter(host).check(fromElsewhere).accepts())));
    }

    @Test
    void looseRpFilterRefusesASourceWhoseRouteBackIsABlackhole() {
        String routes = MAIN + "blackhole 203.0.113.0/24 proto static\n";
        HostRouting host = snippets(ADDRESSES, routes, "", "net.ipv4.conf.all.rp_filter = 2\n");
        RpFilterVerdict verdict = new RpFilter(host)
                .check(RoutedPacket.arriving(tuple("tcp 203.0.113.7:40000 > 192.0.2.10:443"), "eth0"));

        assertEquals(List.of(RpFilterMode.LOOSE, false, Optional.empty(), List.of(line("sysctl", 1), line("ip-route", 4)),
                        "loose rp_filter (net.ipv4.conf.all.rp_filter = 2): the route back to 203.0.113.7 is blackhole "
                                + "('blackhole 203.0.113.0/24'), so the packet on eth0 is dropped as a martian"),
                List.of(verdict.mode(), verdict.accepts(), verdict.expectedInterface(), verdict.evidence(),
                        verdict.reason()));
    }
}
