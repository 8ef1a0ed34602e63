package dev.bothways.analysis.routing;

import static dev.bothways.analysis.routing.PolicyRouterLabTest.ip;
import static dev.bothways.analysis.routing.RoutingEvidence.items;
import static dev.bothways.analysis.routing.RoutingEvidence.lab;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.ImportedArtifact;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Protocol;
import dev.bothways.model.RouteDecision;
import dev.bothways.model.RouteType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lab host's {@code ip route get} answer (the kernel's own decision for the case's flow) against
 * the evaluator's decision on the same host's {@code ip rule} and {@code ip route show table all}.
 */
class RouteGetAgreementTest {
    /** A lab host that has an {@code ip route get} artifact. */
    record LabHost(String caseName, String host) {
        @Override
        public String toString() {
            return caseName + "/" + host;
        }
    }

    /** What both answers say: the outcome, the table, and the branch (gateway, device) the packet leaves by. */
    record Answer(RouteType type, String table, Optional<InetAddress> gateway, Optional<String> device) {
    }

    static Stream<LabHost> hostsWithRouteGet() {
        Path cases = RoutingEvidence.root().resolve("samples/cases");
        List<LabHost> hosts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(cases, 3)) {
            files.filter(f -> f.getFileName().toString().equals("ip-route-get.txt")).sorted().forEach(f ->
                    hosts.add(new LabHost(f.getParent().getParent().getFileName().toString(),
                            f.getParent().getFileName().toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hosts.stream();
    }

    /** The packet an {@code ip route get ADDRESS [from A] [iif I] [ipproto P] [sport S] [dport D] [mark M]} asks about. */
    static RoutedPacket asked(String commandLine) {
        List<String> words = Arrays.asList(commandLine.trim().split("\\s+"));
        int get = words.indexOf("get");
        InetAddress destination = ip(words.get(get + 1));
        InetAddress source = destination instanceof java.net.Inet4Address ? ip("0.0.0.0") : ip("::");
        Optional<String> iif = Optional.empty();
        Protocol protocol = Protocol.TCP;
        int sport = 0;
        int dport = 0;
        long mark = 0;
        for (int i = get + 2; i + 1 < words.size(); i += 2) {
            String value = words.get(i + 1);
            switch (words.get(i)) {
                case "from" -> source = ip(value);
                case "iif" -> iif = Optional.of(value);
                case "ipproto" -> protocol = Protocol.ofLabel(value).orElseThrow();
                case "sport" -> sport = Integer.parseInt(value);
                case "dport" -> dport = Integer.parseInt(value);
                case "mark" -> mark = Long.decode(value);
                default -> throw new IllegalArgumentException("unexpected word " + words.get(i) + " in " + commandLine);
            }
        }
        return new RoutedPacket(new FiveTuple(protocol, source, sport, destination, dport), iif, mark);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostsWithRouteGet")
    void evaluatorAgreesWithTheKernelsRouteGet(LabHost lab) {
        agrees(lab, lab(lab.caseName(), lab.host()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostsWithRouteGet")
    void evaluatorOnTheJsonArtifactsAgreesWithTheKernelsRouteGet(LabHost lab) {
        agrees(lab, RoutingEvidence.labJson(lab.caseName(), lab.host()));
    }

    private static void agrees(LabHost lab, HostRouting host) {
        ImportedArtifact routeGet = RoutingEvidence.read(lab.caseName(), lab.host(), "ip-route-get.txt");
        RouteDecision kernel = items(routeGet, RouteDecision.class).get(0).fact();
        RoutedPacket packet = asked(routeGet.artifact().commandLine().orElseThrow());

        RoutingDecision ours = new PolicyRouter(host).route(packet);

        Answer expected = new Answer(kernel.type(), kernel.table().orElse("main"), kernel.gateway(), kernel.device());
        List<Answer> branches = ours.nextHops().stream()
                .map(h -> new Answer(ours.route().orElseThrow().fact().type(), ours.table(), h.gateway(), h.device()))
                .toList();
        Answer chosen = branches.stream().filter(expected::equals).findFirst()
                .orElse(branches.isEmpty() ? new Answer(RouteType.UNREACHABLE, ours.table(), Optional.empty(),
                        Optional.empty()) : branches.get(0));
        assertEquals(expected, chosen, "the kernel's branch is not among " + branches + "\n" + ours.reasons());
        if (packet.locallyGenerated() && kernel.preferredSource().isPresent()) {
            assertEquals(kernel.preferredSource(), ours.source());
        }
    }
}
