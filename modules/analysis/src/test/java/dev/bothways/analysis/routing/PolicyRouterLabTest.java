package dev.bothways.analysis.routing;

import static dev.bothways.analysis.routing.RoutingEvidence.lab;
import static dev.bothways.analysis.routing.RoutingEvidence.labJson;
import static dev.bothways.analysis.routing.RoutingEvidence.lineOf;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.model.Addresses;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.NextHop;
import dev.bothways.model.PolicyRule;
import dev.bothways.model.Route;
import dev.bothways.model.RouteDecision;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Decisions on the lab's real hosts (samples/cases), read with the real importers. */
class PolicyRouterLabTest {
    static InetAddress ip(String text) {
        return Addresses.parse(text).orElseThrow();
    }

    static FiveTuple tuple(String text) {
        return FiveTuple.parse(text).orElseThrow();
    }

    /** The evidence the host holds at {@code line} of its artifact (rule or route). */
    static <T> Evidence<T> at(List<Evidence<T>> evidence, int line) {
        return evidence.stream()
                .filter(e -> e.provenance() instanceof ArtifactLines l && l.firstLine() == line)
                .findFirst().orElseThrow(() -> new AssertionError("no evidence at line " + line));
    }

    static NextHop hop(String gateway, String device) {
        return new NextHop(Optional.of(ip(gateway)), Optional.of(device), 1, List.of());
    }

    @Test
    void serverReplyTakesRule100AndLeavesThroughTheSecondUplink() {
        HostRouting server = lab("policy-routing-reply", "server");
        RoutingDecision decision = new PolicyRouter(server)
                .route(RoutedPacket.sent(tuple("tcp 10.0.2.10:8080 > 10.0.1.10:40001")));

        Evidence<PolicyRule> rule = at(server.rules(), lineOf("policy-routing-reply", "server", "ip-rule.txt", "100:"));
        Evidence<Route> route = at(server.routes(),
                lineOf("policy-routing-reply", "server", "ip-route.txt", "default via 10.0.3.1"));
        assertEquals(new RoutingDecision(RouteOutcome.FORWARD, Optional.of(rule), "100", Optional.of(route),
                List.of(hop("10.0.3.1", "server-fwb")), Optional.of("server-fwb"), Optional.of(ip("10.0.3.10")),
                decision.reasons()), decision);
        assertEquals(List.of(rule.provenance(), route.provenance()), decision.evidence());
        assertEquals(List.of(
                "sent by server: tcp 10.0.2.10:8080 > 10.0.1.10:40001",
                "rule 0: from all lookup local matches, but table local has no route to 10.0.1.10; next rule",
                "rule 100: from 10.0.2.10 lookup 100 matches: table 100 has 'default via 10.0.3.1 dev server-fwb table 100'",
                "source 10.0.3.10: the primary address of server-fwb",
                "leaves by server-fwb via 10.0.3.1",
                "the packet keeps its own source 10.0.2.10 (a reply or a bound socket), not the 10.0.3.10 "
                        + "the route would choose"), decision.reasons());
    }

    @Test
    void serverSynArrivalFromClientIsDeliveredLocally() {
        HostRouting server = lab("policy-routing-reply", "server");
        RoutingDecision decision = new PolicyRouter(server)
                .route(RoutedPacket.arriving(tuple("tcp 10.0.1.10:40001 > 10.0.2.10:8080"), "server-fwa"));

        Evidence<PolicyRule> rule = at(server.rules(), lineOf("policy-routing-reply", "server", "ip-rule.txt", "0:\t"));
        Evidence<Route> route = at(server.routes(),
                lineOf("policy-routing-reply", "server", "ip-route.txt", "local 10.0.2.10"));
        assertEquals(new RoutingDecision(RouteOutcome.LOCAL, Optional.of(rule), "local", Optional.of(route),
                route.fact().nextHops(), Optional.of("lo"), Optional.of(ip("10.0.2.10")), decision.reasons()), decision);
    }

    @Test
    void serverReplyFromTheJsonArtifactsDecidesTheSame() {
        RoutedPacket reply = RoutedPacket.sent(tuple("tcp 10.0.2.10:8080 > 10.0.1.10:40001"));
        RoutingDecision fromText = new PolicyRouter(lab("policy-routing-reply", "server")).route(reply);
        RoutingDecision fromJson = new PolicyRouter(labJson("policy-routing-reply", "server")).route(reply);

        assertEquals(List.of(fromText.outcome(), fromText.table(), fromText.nextHops(), fromText.egressInterface(),
                        fromText.source(), fromText.reasons()),
                List.of(fromJson.outcome(), fromJson.table(), fromJson.nextHops(), fromJson.egressInterface(),
                        fromJson.source(), fromJson.reasons()));
    }

    @Test
    void r1ForwardsTheSynOverItsTwoWayEcmpSet() {
        HostRouting r1 = lab("firewall-pair-ecmp", "r1");
        RoutingDecision decision = new PolicyRouter(r1)
                .route(RoutedPacket.arriving(tuple("tcp 10.0.1.10:40001 > 10.0.2.10:8080"), "r1-client"));

        Evidence<PolicyRule> rule = at(r1.rules(), lineOf("firewall-pair-ecmp", "r1", "ip-rule.txt", "32766:"));
        Evidence<Route> route = at(r1.routes(), lineOf("firewall-pair-ecmp", "r1", "ip-route.txt", "10.0.2.0/24"));
        assertEquals(new RoutingDecision(RouteOutcome.FORWARD, Optional.of(rule), "main", Optional.of(route),
                List.of(hop("10.0.11.2", "r1-fw1"), hop("10.0.12.2", "r1-fw2")), Optional.empty(), Optional.empty(),
                decision.reasons()), decision);
        assertEquals(true, decision.multipath());

        RouteDecision kernel = RoutingEvidence.items(RoutingEvidence.read("firewall-pair-ecmp", "r1", "ip-route-get.txt"),
                RouteDecision.class).get(0).fact();
        NextHop kernelBranch = new NextHop(kernel.gateway(), kernel.device(), 1, List.of());
        assertEquals(List.of(kernelBranch), decision.nextHops().stream().filter(kernelBranch::equals).toList(),
                "ip route get on r1 names one of the two branches");
    }

    @Test
    void serverWithForwardingOffDropsAPacketNotForItself() {
        HostRouting server = lab("policy-routing-reply", "server");
        RoutingDecision decision = new PolicyRouter(server)
                .route(RoutedPacket.arriving(tuple("tcp 10.0.1.10:40001 > 10.0.3.99:8080"), "server-fwa"));

        Evidence<PolicyRule> rule = at(server.rules(), lineOf("policy-routing-reply", "server", "ip-rule.txt", "32766:"));
        Evidence<Route> route = at(server.routes(),
                lineOf("policy-routing-reply", "server", "ip-route.txt", "10.0.3.0/24 dev server-fwb proto kernel"));
        ArtifactLines setting = ArtifactLines.line(new ArtifactId("server/sysctl.txt"),
                lineOf("policy-routing-reply", "server", "sysctl.txt", "net.ipv4.conf.server-fwa.forwarding ="));
        assertEquals(new RoutingDecision(RouteOutcome.UNREACHABLE, Optional.of(rule), "main", Optional.of(route),
                List.of(), Optional.empty(), Optional.empty(), decision.reasons(), List.of(setting)), decision);
        assertEquals("net.ipv4.conf.server-fwa.forwarding = 0: the host does not forward, so the packet is dropped",
                decision.reasons().get(decision.reasons().size() - 1));
    }

    @Test
    void r2SendsTheReplyOverItsTwoWayEcmpSet() {
        HostRouting r2 = lab("firewall-pair-ecmp", "r2");
        RoutingDecision decision = new PolicyRouter(r2)
                .route(RoutedPacket.arriving(tuple("tcp 10.0.2.10:8080 > 10.0.1.10:40001"), "r2-server"));

        assertEquals(List.of(hop("10.0.21.1", "r2-fw1"), hop("10.0.22.1", "r2-fw2")), decision.nextHops());
        assertEquals(Optional.of(at(r2.routes(), lineOf("firewall-pair-ecmp", "r2", "ip-route.txt", "10.0.1.0/24"))),
                decision.route());
    }

    @Test
    void rpfilterServerRoutesBackToTheClientThroughItsFirstUplink() {
        HostRouting server = lab("rpfilter-strict", "server");
        RoutingDecision decision = new PolicyRouter(server)
                .route(RoutedPacket.sent(tuple("tcp 10.0.2.10:8080 > 10.0.1.10:40001")));

        assertEquals(List.of(Optional.of("server-ra"), List.of(hop("10.0.2.1", "server-ra"))),
                List.of(decision.egressInterface(), decision.nextHops()));
    }
}
