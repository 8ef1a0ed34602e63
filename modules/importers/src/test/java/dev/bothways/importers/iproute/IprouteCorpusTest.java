package dev.bothways.importers.iproute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.CorpusFiles;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.Imports;
import dev.bothways.importers.Severity;
import dev.bothways.model.Addresses;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.FirewallMark;
import dev.bothways.model.NextHop;
import dev.bothways.model.PolicyRule;
import dev.bothways.model.PortRange;
import dev.bothways.model.Route;
import dev.bothways.model.RouteType;
import dev.bothways.model.RuleAction;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file of the shared iproute2 corpus, read in place. */
class IprouteCorpusTest {

    static Stream<Path> corpus() {
        return CorpusFiles.in("iproute2").stream();
    }

    private static IPAddress prefix(String text) {
        return new IPAddressString(text).getAddress();
    }

    private static NextHop via(String gateway, String device) {
        return new NextHop(Addresses.parse(gateway), Optional.of(device), 1, List.of());
    }

    private static NextHop link(String device, String... flags) {
        return new NextHop(Optional.empty(), Optional.of(device), 1, List.of(flags));
    }

    @SuppressWarnings("unchecked")
    private static <T> List<Evidence<T>> items(ImportedArtifact artifact) {
        return (List<Evidence<T>>) artifact.result().orElseThrow().items();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void everyCorpusFileIsDetectedAndReadWithoutProblems(Path file) {
        ImportedArtifact artifact = Imports.both(file);
        String expected = file.getFileName().toString().contains("rule") ? "ip-rule" : "ip-route";
        assertEquals(expected, artifact.artifact().format());
        assertEquals(List.of(), Imports.problems(artifact, Severity.WARNING));
    }

    @Test
    void sixteenWayMultipathUnderAPromptLineKeepsEveryNextHopAndItsLines() {
        ImportedArtifact artifact = Imports.both(CorpusFiles.file("iproute2/frr-doc-ip-route-show-16-nexthops.txt"));
        List<Evidence<Route>> routes = items(artifact);
        List<NextHop> hops = Stream.of(1, 10, 11, 12, 13, 14, 15, 16, 2, 3, 4, 5, 6, 7, 8, 9)
                .map(i -> via("192.168.161." + i, "enp39s0")).toList();
        Route expected = new Route(RouteType.UNICAST, prefix("4.4.4.4/32"), "main", Optional.of(20L),
                Optional.of("sharp"), Optional.empty(), Optional.empty(), Optional.of(185483868), hops, List.of(),
                Map.of());
        assertEquals(List.of(new Evidence<>(expected,
                new ArtifactLines(artifact.artifact().id(), 2, 18))), routes);
    }

    @Test
    void linkdownRouteWithoutAFinalNewlineIsWholeAndQuiet() {
        ImportedArtifact artifact = Imports.both(
                CorpusFiles.file("iproute2/jc-ubuntu1804-ip-route-no-final-newline.out"));
        List<Evidence<Route>> routes = items(artifact);
        assertEquals(4, routes.size());
        assertEquals(new Evidence<>(new Route(RouteType.UNICAST, prefix("172.17.0.0/16"), "main", Optional.empty(),
                        Optional.of("kernel"), Optional.of("link"), Addresses.parse("172.17.0.1"), Optional.empty(),
                        List.of(link("docker0", "linkdown")), List.of(), Map.of()),
                        ArtifactLines.line(artifact.artifact().id(), 4)),
                routes.get(3));
        assertEquals(prefix("0.0.0.0/0"), routes.get(0).fact().destination());
    }

    @Test
    void androidRulesKeepMarksMasksAndTheUnreachableCatchAll() {
        ImportedArtifact artifact = Imports.both(CorpusFiles.file("iproute2/ip-rule-android-fwmark-masks.txt"));
        assertEquals(Optional.of("ip rule show"), artifact.artifact().commandLine());
        List<Evidence<PolicyRule>> rules = items(artifact);
        ArtifactId id = artifact.artifact().id();
        assertEquals(12, rules.size());
        assertEquals(new Evidence<>(new PolicyRule(13000, false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(new FirewallMark(0x10063, 0x1ffff)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), RuleAction.LOOKUP, Optional.of("97"), Optional.empty(),
                Optional.empty(), Map.of()), ArtifactLines.line(id, 4)), rules.get(2));
        assertEquals(new PolicyRule(14000, false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("wlan0"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), RuleAction.LOOKUP, Optional.of("1007"), Optional.empty(), Optional.empty(),
                Map.of()), rules.get(4).fact());
        assertEquals(new PolicyRule(32000, false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), RuleAction.UNREACHABLE, Optional.empty(), Optional.empty(), Optional.empty(),
                Map.of()), rules.get(11).fact());
    }

    @Test
    void rulesAfterPastedCommandsKeepSourceAndUidRange() {
        ImportedArtifact artifact = Imports.both(CorpusFiles.file("iproute2/ip-rule-uidrange.txt"));
        List<Evidence<PolicyRule>> rules = items(artifact);
        assertEquals(List.of(0, 32765, 32766, 32767), rules.stream().map(r -> r.fact().priority()).toList());
        assertEquals(new Evidence<>(new PolicyRule(32765, false, Optional.of(prefix("10.70.1.1/32")), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(new PortRange(0, 0)), RuleAction.LOOKUP, Optional.of("51900"),
                Optional.empty(), Optional.empty(), Map.of()),
                ArtifactLines.line(artifact.artifact().id(), 4)), rules.get(1));
    }

    @Test
    void staticRoutesToTwoLanNextHopsAfterABareCommandLine() {
        ImportedArtifact artifact = Imports.both(CorpusFiles.file("iproute2/ip-route-router-static-metric1024.txt"));
        List<Evidence<Route>> routes = items(artifact);
        assertEquals(IntStream.rangeClosed(2, 9).boxed().toList(),
                routes.stream().map(r -> ((ArtifactLines) r.provenance()).firstLine()).toList());
        assertEquals(new Route(RouteType.UNICAST, prefix("192.168.1.0/24"), "main", Optional.empty(),
                Optional.of("static"), Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(via("10.50.0.4", "br0")), List.of(), Map.of()), routes.get(7).fact());
        assertEquals(new Route(RouteType.UNICAST, prefix("0.0.0.0/0"), "main", Optional.of(1024L),
                Optional.of("dhcp"), Optional.empty(), Addresses.parse("96.255.65.83"), Optional.empty(),
                List.of(via("96.255.65.1", "wan")), List.of(), Map.of()), routes.get(0).fact());
    }
}
