package dev.bothways.capture.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.bothways.capture.LabCases;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.ClockOffset;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Observation;
import dev.bothways.model.PacketKind;
import dev.bothways.model.Progress;
import dev.bothways.model.Visibility;
import java.io.IOException;
import java.nio.file.Path;
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
        Optional<Path> folder = LabCases.caseFolder("firewall-pair-ecmp");
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
    void firewallPairServerClockIsAQuarterSecondAhead() throws IOException {
        Optional<Path> folder = LabCases.caseFolder("firewall-pair-ecmp");
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
        Optional<Path> folder = LabCases.caseFolder("nat-return-miss");
        assumeTrue(folder.isPresent(), "lab case not in this checkout");
        FiveTuple flow = FiveTuple.parse("tcp 10.0.1.10:40001 > 203.0.113.10:8080").orElseThrow();
        // edge1/conntrack-list.txt: src=10.0.1.10 dst=203.0.113.10 sport=40001 dport=8080
        //                           src=203.0.113.10 dst=192.0.2.1 sport=8080 dport=40001
        NatMapping edge1 = new NatMapping(flow, FiveTuple.parse("tcp 203.0.113.10:8080 > 192.0.2.1:40001").orElseThrow());
        CrossCaptureMatch m = CrossCaptureMatcher.match(
                captures(folder.get(), "client", "r1", "edge1", "isp", "edge2", "server"),
                List.of(flow), List.of(edge1), Map.of(), Progress.NONE);

        // expected.json: forward [client, r1, edge1, isp, server]; SYN-ACK seenAt [server, isp, edge2],
        // notSeenAt [edge1, r1, client]
        assertEquals(List.of("client", "edge1", "isp", "r1", "server"), where(m, PacketKind.SYN, Visibility.SEEN));
        assertEquals(List.of("edge2", "isp", "server"), where(m, PacketKind.SYN_ACK, Visibility.SEEN));
        assertEquals(List.of("client", "edge1", "r1"), where(m, PacketKind.SYN_ACK, Visibility.NOT_SEEN));
    }

    @Test
    void withoutTheConntrackTuplesTheTranslatedSynIsAnotherFlow() throws IOException {
        Optional<Path> folder = LabCases.caseFolder("nat-return-miss");
        assumeTrue(folder.isPresent(), "lab case not in this checkout");
        FiveTuple flow = FiveTuple.parse("tcp 10.0.1.10:40001 > 203.0.113.10:8080").orElseThrow();
        CrossCaptureMatch m = CrossCaptureMatcher.match(captures(folder.get(), "client", "server"),
                List.of(flow), List.of(), Map.of(), Progress.NONE);
        assertEquals(List.of("client"), where(m, PacketKind.SYN, Visibility.SEEN));
    }
}
