package dev.bothways.importers.traceroute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.CorpusFiles;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.Imports;
import dev.bothways.importers.Severity;
import dev.bothways.model.Addresses;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Hop;
import dev.bothways.model.Responder;
import dev.bothways.model.Trace;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class TracerouteFormatTest {

    static Stream<Path> corpusTraceroutes() {
        return CorpusFiles.in("traceroute").stream()
                .filter(p -> p.getFileName().toString().contains("traceroute"));
    }

    private static Trace trace(ImportedArtifact artifact) {
        return artifact.items(Trace.class).getFirst();
    }

    private static InetAddress ip(String text) {
        return Addresses.parse(text).orElseThrow();
    }

    private static Responder responder(String address, String name, List<Double> rtts, List<String> notes) {
        return new Responder(Optional.of(ip(address)), Optional.ofNullable(name), rtts, notes, Optional.empty());
    }

    @ParameterizedTest
    @MethodSource("corpusTraceroutes")
    void everyCorpusTracerouteIsDetectedAndReadWithoutErrors(Path file) {
        ImportedArtifact artifact = Imports.both(file);
        assertEquals("traceroute", artifact.artifact().format());
        assertEquals(List.of(), Imports.errors(artifact));
        boolean truncated = file.getFileName().toString().contains("truncated");
        List<String> warnings = Imports.problems(artifact, Severity.WARNING);
        assertEquals(truncated ? List.of("5: the output ends in the middle of hop 3; kept what it shows") : List.of(),
                warnings);
    }

    @Test
    void traceCutMidHopKeepsTheHopsBeforeAndThePartialHop() {
        ImportedArtifact artifact = Imports.both(CorpusFiles.file("traceroute/jc-macos-traceroute-truncated-line.out"));
        Trace trace = trace(artifact);
        assertEquals(List.of(1, 2, 3), trace.hops().stream().map(h -> h.fact().ttl()).toList());
        Evidence<Hop> last = trace.hops().get(2);
        assertEquals(new Evidence<>(new Hop(3, List.of(), 2), ArtifactLines.line(artifact.artifact().id(), 5)), last);
        assertEquals(Optional.of(ip("151.101.129.67")), trace.target());
    }

    @Test
    void continuationLinesAddRespondersToTheirHop() {
        ImportedArtifact artifact = Imports.both(
                CorpusFiles.file("traceroute/jc-freebsd12-traceroute-multiline-ecmp.out"));
        Trace trace = trace(artifact);
        ArtifactId id = artifact.artifact().id();
        assertEquals(new Evidence<>(new Hop(7, List.of(
                        responder("12.255.10.226", null, List.of(25.375), List.of()),
                        responder("12.255.10.224", null, List.of(24.011, 25.322), List.of())), 3),
                new ArtifactLines(id, 8, 9)), trace.hops().get(6));
        assertEquals(new Evidence<>(new Hop(8, List.of(
                        responder("108.170.243.1", null, List.of(29.376), List.of())), 3),
                ArtifactLines.line(id, 10)), trace.hops().get(7));
        assertEquals(new Evidence<>(new Hop(9, List.of(
                        responder("8.8.8.8", "dns.google", List.of(23.228), List.of()),
                        responder("209.85.252.251", null, List.of(24.548), List.of()),
                        responder("108.170.237.23", null, List.of(24.332), List.of())), 3),
                new ArtifactLines(id, 11, 13)), trace.hops().get(8));
        assertEquals(true, trace.reachedTarget());
    }

    @Test
    void annotationsAndAsTagsStayWithTheirResponder() {
        Trace trace = trace(Imports.both(CorpusFiles.file("traceroute/jc-generic-traceroute-asn-annotations.out")));
        assertEquals(new Hop(1, List.of(responder("131.240.100.12", null, List.of(0.676, 0.763, 0.910),
                        List.of("[AS1739]", "!P", "!", "!<500>"))), 3),
                trace.hops().get(0).fact());
        assertEquals(new Hop(12, List.of(
                        responder("192.121.80.47", "http://as15169-10g-sk1.sthix.net", List.of(10.010), List.of("[*]")),
                        responder("72.14.196.42", null, List.of(9.182, 44.983), List.of("[AS15169]"))), 3),
                trace.hops().get(11).fact());
        assertEquals(Optional.of("http://google.es"), trace.targetName());
    }

    @Test
    void bsdAsTagBeforeTheNameBelongsToTheResponderAfterIt() {
        Trace trace = trace(Imports.both(CorpusFiles.file("traceroute/jc-generic-traceroute-bsd-asn-multiline.out")));
        assertEquals(new Hop(6, List.of(
                        responder("94.142.122.45", null, List.of(42.790, 46.352), List.of("[AS0]")),
                        responder("94.142.122.44", null, List.of(41.479), List.of("[AS0]"))), 3),
                trace.hops().get(5).fact());
    }

    @Test
    void severalResponderOnOneIpv6LineAreMergedByAddress() {
        Trace trace = trace(Imports.both(CorpusFiles.file("traceroute/jc-generic-traceroute-n-ipv6-ecmp.out")));
        assertEquals(new Hop(3, List.of(
                        responder("2001:5a0:40:100::51", null, List.of(15.284, 15.415), List.of()),
                        responder("2605:9000:0:101::1", null, List.of(4.864), List.of())), 3),
                trace.hops().get(2).fact());
        assertEquals(true, trace.reachedTarget());
    }

    @Test
    void aNameInPlaceOfTheAddressIsKeptAsANameWithANote() {
        ImportedArtifact artifact = Imports.both(CorpusFiles.file("traceroute/jc-generic-traceroute-internal-name.out"));
        Hop hop = trace(artifact).hops().get(1).fact();
        assertEquals(new Hop(2, List.of(new Responder(Optional.empty(), Optional.of("Internal"),
                List.of(0.894, 0.890, 0.876), List.of(), Optional.empty())), 3), hop);
        assertEquals(List.of("3: hop 2 answered as 'Internal', which is not an IP address; kept as a name"),
                Imports.problems(artifact, Severity.NOTE));
    }

    @Test
    void linuxUnreachableAnnotationsAndTcpProbesFromAPaste() {
        String text = """
                user@client:~$ sudo traceroute -T -p 443 -n 203.0.113.10
                traceroute to 203.0.113.10 (203.0.113.10), 30 hops max, 60 byte packets
                 1  192.0.2.1  0.312 ms  0.281 ms  0.270 ms
                 2  198.51.100.1  1.100 ms !X  1.090 ms !X  1.120 ms !X
                 3  * * *
                 4  198.51.100.9  2.001 ms !H  *  2.100 ms !N
                """;
        ImportedArtifact artifact = Imports.paste(text);
        assertEquals("traceroute", artifact.artifact().format());
        assertEquals(Optional.of("sudo traceroute -T -p 443 -n 203.0.113.10"), artifact.artifact().commandLine());
        Trace trace = trace(artifact);
        ArtifactId id = artifact.artifact().id();
        assertEquals(List.of(
                new Evidence<>(new Hop(1, List.of(responder("192.0.2.1", null, List.of(0.312, 0.281, 0.270),
                        List.of())), 3), ArtifactLines.line(id, 3)),
                new Evidence<>(new Hop(2, List.of(responder("198.51.100.1", null, List.of(1.100, 1.090, 1.120),
                        List.of("!X", "!X", "!X"))), 3), ArtifactLines.line(id, 4)),
                new Evidence<>(new Hop(3, List.of(), 3), ArtifactLines.line(id, 5)),
                new Evidence<>(new Hop(4, List.of(responder("198.51.100.9", null, List.of(2.001, 2.100),
                        List.of("!H", "!N"))), 3), ArtifactLines.line(id, 6))), trace.hops());
        assertEquals(List.of(), artifact.diagnostics());
    }

    @Test
    void pasteCutInsideAnRttSaysWhichHop() {
        String text = "traceroute to 10.0.0.9 (10.0.0.9), 30 hops max, 60 byte packets\n"
                + " 1  10.0.0.1  0.3 ms  0.2 ms  0.2 ms\n"
                + " 2  10.0.1.1  0.5 ms  0.4";
        ImportedArtifact artifact = Imports.paste(text);
        assertEquals(List.of("3: the output ends in the middle of hop 2; kept what it shows"),
                Imports.problems(artifact, Severity.WARNING));
        assertEquals(new Hop(2, List.of(responder("10.0.1.1", null, List.of(0.5), List.of())), 1),
                trace(artifact).hops().get(1).fact());
    }

    @Test
    void headerOnlyIsOneWarning() {
        ImportedArtifact artifact = Imports.paste(
                "traceroute to 10.0.0.9 (10.0.0.9), 30 hops max, 60 byte packets\n");
        assertEquals(List.of("0: no hops: the output holds only its header"),
                Imports.problems(artifact, Severity.WARNING));
    }
}
