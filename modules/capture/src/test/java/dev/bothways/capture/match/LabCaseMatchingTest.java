package dev.bothways.capture.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bothways.capture.CorpusFiles;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.ClockOffset;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Observation;
import dev.bothways.model.PacketKind;
import dev.bothways.model.Progress;
import dev.bothways.model.Visibility;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The lab's real cases: every host's capture of one failing connection. The expectations are the
 * lab's own ({@code expected.json} of each case): where the SYN-ACK was seen and where not.
 */
class LabCaseMatchingTest {

    private static List<CaptureInput> captures(Path folder, String... hosts) {
        List<CaptureInput> out = new ArrayList<>();
        for (String host : hosts) {
            out.add(new CaptureInput(host, folder.resolve(host).resolve("capture.pcapng"),
                    new ArtifactId(host + "/capture.pcapng")));
        }
        return out;
    }

    /**
     * The captures with the running window their collector recorded: the {@code #@ time:} and
     * {@code #@ until:} lines of each {@code capture.pcapng.meta}, read here as plain text.
     */
    private static List<CaptureInput> capturesWithWindows(Path folder, String... hosts) throws IOException {
        List<CaptureInput> out = new ArrayList<>();
        for (String host : hosts) {
            Path capture = folder.resolve(host).resolve("capture.pcapng");
            Optional<Instant> from = Optional.empty();
            Optional<Instant> until = Optional.empty();
            for (String line : Files.readAllLines(folder.resolve(host).resolve("capture.pcapng.meta"))) {
                if (line.startsWith("#@ time: ")) {
                    from = Optional.of(Instant.parse(line.substring("#@ time: ".length()).strip()));
                } else if (line.startsWith("#@ until: ")) {
                    until = Optional.of(Instant.parse(line.substring("#@ until: ".length()).strip()));
                }
            }
            Optional<CaptureInput.Running> running = from.isPresent() && until.isPresent()
                    ? Optional.of(new CaptureInput.Running(from.get(), until.get())) : Optional.empty();
            out.add(new CaptureInput(host, capture, new ArtifactId(host + "/capture.pcapng"), Optional.empty(), running));
        }
        return out;
    }

    /** Where the first packet of {@code kind} was (or was not) seen. */
    private static List<String> where(CrossCaptureMatch m, PacketKind kind, Visibility visibility) {
        int first = 0;
        while (m.trails().get(first).kind() != kind) {
            first++;
        }
        return m.observationsOf(first).stream().filter(o -> o.visibility() == visibility)
                .map(Observation::capturePoint).sorted().toList();
    }

    @Test
    void firewallPairSynAckIsSeenOnTheReturnLaneAndEarnedMissingAtTheClient() throws IOException {
        Optional<Path> folder = CorpusFiles.labCase("firewall-pair-ecmp");
        assumeTrue(folder.isPresent(), "lab case not in this checkout");
        FiveTuple flow = FiveTuple.parse("tcp 10.0.1.10:40001 > 10.0.2.10:8080").orElseThrow(); // case.json
        CrossCaptureMatch m = CrossCaptureMatcher.match(
                captures(folder.get(), "client", "r1", "fw1", "fw2", "r2", "server"),
                List.of(flow), List.of(), Map.of(), Progress.NONE);

        // expected.json: died SYN-ACK, seenAt [server, r2, fw2], notSeenAt [r1, client]
        assertEquals(List.of("fw2", "r2", "server"), where(m, PacketKind.SYN_ACK, Visibility.SEEN));
        assertEquals(List.of("client", "fw1", "r1"), where(m, PacketKind.SYN_ACK, Visibility.NOT_SEEN));
        // expected.json: forward [client, r1, fw1, r2, server]
        assertEquals(List.of("client", "fw1", "r1", "r2", "server"), where(m, PacketKind.SYN, Visibility.SEEN));
    }

    @Test
    void theCollectorsFilterStillPassesTheMissingSynAckSoTheNegativeStands() throws IOException {
        Optional<Path> folder = CorpusFiles.labCase("firewall-pair-ecmp");
        assumeTrue(folder.isPresent(), "lab case not in this checkout");
        FiveTuple flow = FiveTuple.parse("tcp 10.0.1.10:40001 > 10.0.2.10:8080").orElseThrow();
        // client/capture.pcapng.meta: tcpdump ... '(tcp and host 10.0.2.10 and port 8080 and port 40001) or icmp or icmp6'
        CaptureInput client = new CaptureInput("client", folder.get().resolve("client/capture.pcapng"),
                new ArtifactId("client/capture.pcapng"),
                Optional.of("(tcp and host 10.0.2.10 and port 8080 and port 40001) or icmp or icmp6"), Optional.empty());
        List<CaptureInput> inputs = new ArrayList<>(List.of(client));
        inputs.addAll(captures(folder.get(), "server"));
        CrossCaptureMatch m = CrossCaptureMatcher.match(inputs, List.of(flow), List.of(), Map.of(), Progress.NONE);
        int synAck = 0;
        while (m.trails().get(synAck).kind() != PacketKind.SYN_ACK) {
            synAck++;
        }
        Observation atClient = m.observationsOf(synAck).get(0);
        assertEquals(List.of("client", "NOT_SEEN", "not seen although the capture was running, its filter "
                        + "\"(tcp and host 10.0.2.10 and port 8080 and port 40001) or icmp or icmp6\" passes it and it "
                        + "reported no drop counts"),
                List.of(atClient.capturePoint(), atClient.visibility().name(), atClient.why()));
    }

    @Test
    void firewallPairServerClockIsAQuarterSecondAhead() throws IOException {
        Optional<Path> folder = CorpusFiles.labCase("firewall-pair-ecmp");
        assumeTrue(folder.isPresent(), "lab case not in this checkout");
        FiveTuple flow = FiveTuple.parse("tcp 10.0.1.10:40001 > 10.0.2.10:8080").orElseThrow();
        CrossCaptureMatch m = CrossCaptureMatcher.match(captures(folder.get(), "client", "server"),
                List.of(flow), List.of(), Map.of(), Progress.NONE);
        ClockOffset server = m.offsets().get(1);
        // expected.json: clockOffsets server 0.25
        assertTrue(Math.abs(server.offsetNanos() - 250_000_000L) < 50_000_000L, server.toString());
    }

    @Test
    void natReturnMissFollowsTheSynThroughTheTranslation() throws IOException {
        Optional<Path> folder = CorpusFiles.labCase("nat-return-miss");
        assumeTrue(folder.isPresent(), "lab case not in this checkout");
        FiveTuple flow = FiveTuple.parse("tcp 10.0.1.10:40001 > 203.0.113.10:8080").orElseThrow();
        // edge1/conntrack-list.txt: src=10.0.1.10 dst=203.0.113.10 sport=40001 dport=8080
        //                           src=203.0.113.10 dst=192.0.2.1 sport=8080 dport=40001
        NatMapping edge1 = new NatMapping(flow, FiveTuple.parse("tcp 203.0.113.10:8080 > 192.0.2.1:40001").orElseThrow());
        // The client's capture holds only the flow's SYNs, so only its collector's header shows it ran
        // before the first of them and after the last.
        CrossCaptureMatch m = CrossCaptureMatcher.match(
                capturesWithWindows(folder.get(), "client", "r1", "edge1", "isp", "edge2", "server"),
                List.of(flow), List.of(edge1), Map.of(), Progress.NONE);

        // expected.json: forward [client, r1, edge1, isp, server]; SYN-ACK seenAt [server, isp, edge2],
        // notSeenAt [edge1, r1, client]
        assertEquals(List.of("client", "edge1", "isp", "r1", "server"), where(m, PacketKind.SYN, Visibility.SEEN));
        assertEquals(List.of("edge2", "isp", "server"), where(m, PacketKind.SYN_ACK, Visibility.SEEN));
        assertEquals(List.of("client", "edge1", "r1"), where(m, PacketKind.SYN_ACK, Visibility.NOT_SEEN));
    }

    @Test
    void withoutTheCollectorsWindowACaptureHoldingOnlyTheSynsCannotEarnTheNegative() throws IOException {
        Optional<Path> folder = CorpusFiles.labCase("nat-return-miss");
        assumeTrue(folder.isPresent(), "lab case not in this checkout");
        FiveTuple flow = FiveTuple.parse("tcp 10.0.1.10:40001 > 203.0.113.10:8080").orElseThrow();
        NatMapping edge1 = new NatMapping(flow, FiveTuple.parse("tcp 203.0.113.10:8080 > 192.0.2.1:40001").orElseThrow());
        CrossCaptureMatch m = CrossCaptureMatcher.match(captures(folder.get(), "client", "server"),
                List.of(flow), List.of(edge1), Map.of(), Progress.NONE);
        assertEquals(List.of("client"), where(m, PacketKind.SYN_ACK, Visibility.UNKNOWABLE));
    }

    @Test
    void withoutTheConntrackTuplesTheTranslatedSynIsAnotherFlow() throws IOException {
        Optional<Path> folder = CorpusFiles.labCase("nat-return-miss");
        assumeTrue(folder.isPresent(), "lab case not in this checkout");
        FiveTuple flow = FiveTuple.parse("tcp 10.0.1.10:40001 > 203.0.113.10:8080").orElseThrow();
        CrossCaptureMatch m = CrossCaptureMatcher.match(captures(folder.get(), "client", "server"),
                List.of(flow), List.of(), Map.of(), Progress.NONE);
        assertEquals(List.of("client"), where(m, PacketKind.SYN, Visibility.SEEN));
    }
}
