package dev.bothways.importers.frr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.CorpusFiles;
import dev.bothways.importers.Diagnostic;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.FileAndPaste;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Severity;
import dev.bothways.model.Addresses;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Progress;
import dev.bothways.model.frr.NextHopKind;
import dev.bothways.model.frr.RibEntry;
import dev.bothways.model.frr.RibNextHop;
import dev.bothways.model.frr.RibPrefix;
import dev.bothways.model.frr.RibProtocol;
import dev.bothways.model.frr.RibTable;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FrrRouteFormatsTest {
    private static final Path LAB = Path.of("src/test/resources/dev/bothways/importers/frr");
    private static final ArtifactId ID = new ArtifactId("r1/show-ip-route.txt");

    private static List<RibEntry> entries(ImportedArtifact a) {
        return a.items(RibTable.class).getFirst().entries().stream().map(Evidence::fact).toList();
    }

    private static RibNextHop via(String address, String iface, boolean fib) {
        return new RibNextHop(NextHopKind.GATEWAY, Addresses.parse(address), Optional.of(iface), Optional.empty(), fib,
                true, false, false, OptionalInt.of(1), List.of(), Optional.empty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"frr-doc-static-show-ip-route-inactive.txt", "frr-doc-zebra-show-ip-route-16way-ecmp.txt",
            "frr-doc-zebra-show-ip-route-recursive.txt", "frr-pr19252-show-ip-route-recursive-labels.txt",
            "frr-topotest-all-protocol-ipv4-routes.normalized.txt", "frr-topotest-all-protocol-ipv6-routes.normalized.txt",
            "frr-topotest-ldp-show-ipv4-route.normalized.txt", "frr-topotest-vrf-leak-zebra-vrf-default.normalized.txt",
            "sonic-1216-show-ip-route-no-space-after-flags.txt"})
    void corpusTextImportsWithoutDiagnostics(String name) {
        ImportedArtifact a = FileAndPaste.both(CorpusFiles.file("frr/" + name));
        assertEquals("frr-route", a.artifact().format());
        assertEquals(List.of(), a.diagnostics());
    }

    @ParameterizedTest
    @ValueSource(strings = {"frr-topotest-bgp-features-ip-route.expected.json",
            "frr-topotest-bgp-rr-ibgp-tor1-show-ip-route.expected.json",
            "frr-topotest-evpn-type5-prefix-duplicate-nexthops.expected.json",
            "frr-topotest-isis-tilfa-rt2-show-ip-route.expected.json",
            "frr-topotest-isis-tilfa-rt2-show-ipv6-route.expected.json",
            "frr-topotest-multipath-relax-prefix3.expected.json", "frr-topotest-srv6-vrf10-rib.expected.json"})
    void corpusJsonImportsWithoutDiagnostics(String name) {
        ImportedArtifact a = FileAndPaste.both(CorpusFiles.file("frr/" + name));
        assertEquals("frr-route-json", a.artifact().format());
        assertEquals(List.of(), a.diagnostics());
    }

    @Test
    void sixteenWayEcmpIsOneEntryOverSeventeenLines() {
        ImportedArtifact a = FileAndPaste.both(CorpusFiles.file("frr/frr-doc-zebra-show-ip-route-16way-ecmp.txt"));
        Evidence<RibEntry> e = a.items(RibTable.class).getFirst().entries().getFirst();
        assertEquals(new ArtifactLines(new ArtifactId("frr-doc-zebra-show-ip-route-16way-ecmp.txt"), 9, 24),
                e.provenance());
        assertEquals(16, e.fact().forwardingNextHops().size());
        assertEquals(List.of(RibProtocol.SHARP, "4.4.4.4/32", OptionalInt.of(150), Optional.of("00:00:02")),
                List.of(e.fact().protocol(), e.fact().prefix().toString(), e.fact().distance(), e.fact().uptime()));
        assertEquals(via("192.168.161.16", "enp39s0", true), e.fact().nextHops().getLast());
    }

    @Test
    void recursiveRouteResolvesOverTheLineBelow() {
        List<RibEntry> e = entries(FileAndPaste.both(CorpusFiles.file("frr/frr-doc-zebra-show-ip-route-recursive.txt")));
        RibEntry s = e.get(1);
        assertEquals(List.of(true, false), List.of(s.selected(), s.nextHops().getFirst().fib()));
        assertEquals(true, s.nextHops().getFirst().recursive());
        assertEquals(List.of(via("192.168.119.1", "enp13s0", true)), s.forwardingNextHops());
        assertEquals(RibProtocol.LOCAL, e.get(3).protocol());
    }

    @Test
    void inactiveNextHopsAndLabels() {
        List<RibEntry> inactive = entries(FileAndPaste.both(CorpusFiles.file("frr/frr-doc-static-show-ip-route-inactive.txt")));
        assertEquals(List.of(false, false, true), inactive.getFirst().nextHops().stream().map(RibNextHop::active).toList());
        assertEquals(NextHopKind.DIRECTLY_CONNECTED, inactive.getFirst().nextHops().get(2).kind());
        List<RibEntry> labelled = entries(FileAndPaste.both(
                CorpusFiles.file("frr/frr-pr19252-show-ip-route-recursive-labels.txt")));
        RibNextHop deep = labelled.getLast().nextHops().get(1);
        assertEquals(List.of("222", "666", "777"), deep.labels());
        assertEquals(Optional.of("2.2.2.0/24"), labelled.get(6).nextHops().getFirst().resolvedVia());
    }

    @Test
    void vrfHeaderAndLeakedNextHopVrf() {
        List<RibEntry> e = entries(FileAndPaste.both(
                CorpusFiles.file("frr/frr-topotest-vrf-leak-zebra-vrf-default.normalized.txt")));
        assertEquals(Optional.of("default"), e.getFirst().vrf());
        assertEquals(Optional.of("neno"), e.get(3).nextHops().getFirst().vrf());
        assertEquals(Optional.of("r1-eth2"), e.get(3).nextHops().getFirst().interfaceName());
    }

    @Test
    void unselectedAndBlackholeRoutes() {
        List<RibEntry> e = entries(FileAndPaste.both(
                CorpusFiles.file("frr/frr-topotest-all-protocol-ipv4-routes.normalized.txt")));
        List<RibEntry> sixteen = e.stream().filter(r -> r.prefix().toString().equals("4.5.6.16/32")).toList();
        assertEquals(List.of(false, true), sixteen.stream().map(RibEntry::selected).toList());
        assertEquals(List.of(NextHopKind.BLACKHOLE, NextHopKind.UNREACHABLE), e.stream()
                .filter(r -> r.prefix().toString().equals("4.5.6.8/32") || r.prefix().toString().equals("4.5.6.9/32"))
                .map(r -> r.nextHops().getFirst().kind()).toList());
    }

    @Test
    void labTextAndJsonAgreeOnEveryRoute() {
        ImportedArtifact text = FileAndPaste.both(LAB.resolve("frr-show-ip-route.txt"));
        ImportedArtifact json = FileAndPaste.both(LAB.resolve("frr-show-ip-route.json"));
        assertEquals(List.of(), text.diagnostics());
        assertEquals(List.of(), json.diagnostics());
        // the text prints no [distance/metric] for connected routes, where the JSON says 0/0
        Function<RibEntry, List<Object>> routing = r -> List.of(r.prefix(), r.protocol(), r.distance().orElse(0),
                r.metric().orElse(0),
                r.selected(), r.installed(), r.nextHops().stream().map(n -> List.of(n.kind(), n.gateway(),
                        n.interfaceName(), n.fib(), n.recursive(), n.weight())).toList());
        assertEquals(entries(text).stream().map(routing).toList(), entries(json).stream().map(routing).toList());
        RibEntry ecmp = entries(json).stream().filter(r -> r.prefix().toString().equals("198.51.100.0/24"))
                .findFirst().orElseThrow();
        assertEquals(List.of(via("192.0.2.2", "r1", true).withActive(), via("192.0.2.6", "r2", true).withActive(),
                via("192.0.2.10", "r3", true).withActive()), ecmp.nextHops());
    }

    @Test
    void labIpv6BlackholeInBothForms() {
        ImportedArtifact text = FileAndPaste.both(LAB.resolve("frr-show-ipv6-route.txt"));
        ImportedArtifact json = FileAndPaste.both(LAB.resolve("frr-show-ipv6-route.json"));
        assertEquals(List.of(), text.diagnostics());
        assertEquals(List.of(), json.diagnostics());
        Function<List<RibEntry>, List<NextHopKind>> kinds = l -> l.stream()
                .filter(r -> r.prefix().equals(RibPrefix.parse("2001:db8:99::/48").orElseThrow()))
                .map(r -> r.nextHops().getFirst().kind()).toList();
        assertEquals(List.of(NextHopKind.BLACKHOLE), kinds.apply(entries(text)));
        assertEquals(List.of(NextHopKind.BLACKHOLE), kinds.apply(entries(json)));
    }

    @Test
    void jsonBackupNextHopsAndDuplicates() {
        List<RibEntry> tilfa = entries(FileAndPaste.both(
                CorpusFiles.file("frr/frr-topotest-isis-tilfa-rt2-show-ip-route.expected.json")));
        assertEquals(List.of("16050", "16010"), tilfa.getFirst().backupNextHops().getFirst().labels());
        List<RibEntry> evpn = entries(FileAndPaste.both(
                CorpusFiles.file("frr/frr-topotest-evpn-type5-prefix-duplicate-nexthops.expected.json")));
        assertEquals(2, evpn.getFirst().nextHops().stream().filter(RibNextHop::duplicate).count());
    }

    @Test
    void cutJsonKeepsRoutesBeforeTheCut() {
        String text = """
                {"10.0.0.0/8":[{"prefix":"10.0.0.0/8","protocol":"static","selected":true,"nexthops":[{"ip":"192.0.2.1","fib":true}]}],
                "10.1.0.0/16":[{"prefix":"10.1.0.0/16","proto""";
        ParseResult<RibTable> r = new FrrRouteJsonFormat().parse(ArtifactSource.of(ID, text), Progress.NONE);
        assertEquals(1, r.understood());
        assertEquals(List.of(DiagnosticKind.TRUNCATED), r.diagnostics().stream().map(Diagnostic::kind).toList());
        assertEquals(2, r.diagnostics().getFirst().line());
    }

    @Test
    void jsonByVrfNamesTheVrf() {
        String text = """
                {"red":{"10.0.0.0/8":[{"prefix":"10.0.0.0/8","protocol":"bgp","nexthops":[{"ip":"192.0.2.1"}]}]}}
                """;
        ParseResult<RibTable> r = new FrrRouteJsonFormat().parse(ArtifactSource.of(ID, text), Progress.NONE);
        assertEquals(Optional.of("red"), r.items().getFirst().entries().getFirst().fact().vrf());
        assertEquals(List.of(), r.diagnostics());
    }

    @Test
    void hostileTextIsOneError() {
        ParseResult<RibTable> r = new FrrRouteTextFormat().parse(ArtifactSource.of(ID,
                "K>* " + "9".repeat(50_000_000) + "\nnonsense\n"), Progress.NONE);
        assertEquals(List.of(Severity.ERROR), r.diagnostics().stream().map(Diagnostic::severity).toList());
    }

    /** Cancels once it has been told of some work. */
    private static final class CancelAfterFirstReport implements Progress {
        private boolean reported;

        @Override
        public void worked(long done, long total) {
            reported = true;
        }

        @Override
        public boolean cancelled() {
            return reported;
        }
    }

    @Test
    void bigJsonAndTextStopWhenCancelledAndKeepWhatCameBefore() {
        StringBuilder json = new StringBuilder("{");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 40_000; i++) {
            String prefix = "10." + (i >> 8) + "." + (i & 255) + ".0/24";
            json.append(i == 0 ? "" : ",").append("\"").append(prefix).append("\":[{\"protocol\":\"bgp\",")
                    .append("\"nexthops\":[{\"ip\":\"192.0.2.1\",\"interfaceName\":\"eth0\",\"fib\":true}]}]\n");
            text.append("B>* ").append(prefix).append(" [20/0] via 192.0.2.1, eth0, weight 1, 00:01:00\n");
        }
        json.append("}");
        ParseResult<RibTable> fromJson = new FrrRouteJsonFormat().parse(ArtifactSource.of(ID, json.toString()),
                new CancelAfterFirstReport());
        ParseResult<RibTable> fromText = new FrrRouteTextFormat().parse(ArtifactSource.of(ID, text.toString()),
                new CancelAfterFirstReport());
        assertEquals(List.of(16_384, 16_383), List.of(fromJson.understood(), fromText.understood()));
        assertEquals(List.of(DiagnosticKind.TRUNCATED, DiagnosticKind.TRUNCATED), List.of(
                fromJson.diagnostics().getFirst().kind(), fromText.diagnostics().getFirst().kind()));
        assertEquals(List.of(Severity.NOTE, Severity.NOTE), List.of(
                fromJson.diagnostics().getFirst().severity(), fromText.diagnostics().getFirst().severity()));
    }

    @Test
    void vrfFromTheCommandLineWhenNoHeaderSaysIt() {
        ParseResult<RibTable> r = new FrrRouteTextFormat().parse(ArtifactSource.of(ID,
                "B>* 10.0.0.0/8 [20/0] via 192.0.2.1, eth0, weight 1, 00:01:00\n")
                .withCommandLine(Optional.of("vtysh -c 'show ip route vrf red'")), Progress.NONE);
        assertEquals(Optional.of("red"), r.items().getFirst().entries().getFirst().fact().vrf());
    }
}
