package dev.bothways.analysis.routing;

import static dev.bothways.analysis.routing.RoutingEvidence.items;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.ArtifactReader;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.InterfaceAddress;
import dev.bothways.model.PolicyRule;
import dev.bothways.model.Progress;
import dev.bothways.model.Route;
import dev.bothways.model.RouteDecision;
import dev.bothways.model.RouteType;
import dev.bothways.model.SysctlSetting;
import java.net.InetAddress;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The evaluator against the real kernel, feature by feature: {@code netns/make-fixture.sh} built a
 * namespace with goto, fwmark/mask, not, unreachable/prohibit/blackhole rules, ipproto/dport, iif,
 * suppress_prefixlength, throw, metrics, ECMP, drop routes, strict and loose rp_filter and IPv6, and
 * asked {@code ip route get} about 24 packets; each answer is compared with the evaluator's.
 */
class KernelFixtureTest {
    private static Path fixture(String name) {
        try {
            return Path.of(KernelFixtureTest.class.getResource("netns/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportedArtifact read(String name) {
        return ArtifactReader.standard().read(new ArtifactId("fx/" + name), fixture(name), "fx", Optional.empty(),
                Progress.NONE);
    }

    private static HostRouting fx() {
        return new HostRouting("fx", items(read("ip-addr.txt"), InterfaceAddress.class),
                items(read("ip-route.txt"), Route.class), items(read("ip-rule.txt"), PolicyRule.class),
                items(read("sysctl.txt"), SysctlSetting.class));
    }

    /** One question asked of the kernel and its answer, as the lines under {@code #@ command:}. */
    private record Query(String command, String answer) {
    }

    private static List<Query> queries() {
        List<Query> queries = new ArrayList<>();
        String command = null;
        StringBuilder answer = new StringBuilder();
        for (String line : RoutingEvidence.lines(fixture("route-get.txt"))) {
            if (line.startsWith("#@ command: ")) {
                if (command != null) {
                    queries.add(new Query(command, answer.toString()));
                }
                command = line.substring("#@ command: ".length());
                answer.setLength(0);
            } else {
                answer.append(line).append('\n');
            }
        }
        if (command != null) {
            queries.add(new Query(command, answer.toString()));
        }
        return queries;
    }

    /** The kernel's answer in a form both sides can be written in. */
    private static String kernel(Query query, RoutedPacket packet) {
        RouteDecision d = items(RoutingEvidence.pasted("route-get", "ip-route-get", query.answer()), RouteDecision.class)
                .get(0).fact();
        if (d.refusal().isPresent()) {
            return "refused: " + d.refusal().get();
        }
        String kind = d.type() == RouteType.LOCAL ? "LOCAL" : "FORWARD";
        return line(kind, d.table().orElse(Route.MAIN), d.gateway(), d.device(),
                unspecifiedSource(packet) ? d.preferredSource() : Optional.empty());
    }

    /** The evaluator's answer to the same question, with rp_filter's check on a packet that arrives. */
    private static String ours(HostRouting host, RoutedPacket packet, Query query, String kernel) {
        PolicyRouter router = new PolicyRouter(host);
        RoutingDecision d = router.route(packet);
        if (packet.inputInterface().isPresent() && !d.outcome().drops()
                && !new RpFilter(host).check(packet).accepts()) {
            return "refused: Invalid argument";
        }
        return switch (d.outcome()) {
            case BLACKHOLE -> "refused: Invalid argument";
            case PROHIBIT -> "refused: Permission denied";
            case UNREACHABLE -> d.route().isPresent() ? "refused: No route to host" : "refused: Network is unreachable";
            case NO_ROUTE, THROW -> "refused: Network is unreachable";
            case LOCAL -> line("LOCAL", d.table(), Optional.empty(), d.egressInterface(),
                    unspecifiedSource(packet) ? d.source() : Optional.empty());
            case FORWARD -> d.nextHops().stream()
                    .map(h -> router.along(d, h))
                    .map(b -> line("FORWARD", b.table(), b.gateways().stream().findFirst(), b.egressInterface(),
                            unspecifiedSource(packet) ? b.source() : Optional.empty()))
                    .filter(kernel::equals).findFirst()
                    .orElse("FORWARD over " + d.nextHops() + " (none is the kernel's)");
        };
    }

    private static boolean unspecifiedSource(RoutedPacket packet) {
        return packet.tuple().source().isAnyLocalAddress();
    }

    private static String line(String kind, String table, Optional<InetAddress> gateway, Optional<String> device,
                               Optional<InetAddress> source) {
        return kind + " table " + table + gateway.map(g -> " via " + RuleSelectors.text(g)).orElse("")
                + device.map(d -> " dev " + d).orElse("") + source.map(s -> " src " + RuleSelectors.text(s)).orElse("");
    }

    @Test
    void everyAnswerOfTheRealKernelIsTheEvaluatorsAnswer() {
        HostRouting host = fx();
        List<Query> queries = queries();
        assertEquals(24, queries.size());

        List<String> kernel = new ArrayList<>();
        List<String> ours = new ArrayList<>();
        for (Query q : queries) {
            RoutedPacket packet = RouteGetAgreementTest.asked(q.command());
            String k = kernel(q, packet);
            kernel.add(q.command() + " -> " + k);
            ours.add(q.command() + " -> " + ours(host, packet, q, k));
        }
        assertEquals(kernel.stream().collect(Collectors.joining("\n")), ours.stream().collect(Collectors.joining("\n")));
    }
}
