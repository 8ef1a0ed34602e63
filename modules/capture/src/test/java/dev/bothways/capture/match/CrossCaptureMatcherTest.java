package dev.bothways.capture.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bothways.capture.CorpusFiles;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.ClockOffset;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Observation;
import dev.bothways.model.PacketKind;
import dev.bothways.model.Progress;
import dev.bothways.model.Visibility;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Matching on real captures of both ends of a veth pair (see {@code netns/make-captures.sh}):
 * the client in capt-a (cva), the server in capt-b (cvb).
 */
class CrossCaptureMatcherTest {
    private static final FiveTuple SESSION = FiveTuple.parse("tcp 10.250.0.1:43218 > 10.250.0.2:8080").orElseThrow();
    private static final FiveTuple DROPPED = FiveTuple.parse("tcp 10.250.0.1:45582 > 10.250.0.2:7070").orElseThrow();

    static CaptureInput capture(String point, String name) throws URISyntaxException {
        Path file = Path.of(CrossCaptureMatcherTest.class.getResource("/netns/" + name).toURI());
        return new CaptureInput(point, file, new ArtifactId(point + "/" + name));
    }

    private static CrossCaptureMatch match(List<FiveTuple> flows, CaptureInput... captures) throws IOException {
        return CrossCaptureMatcher.match(List.of(captures), flows, List.of(), Map.of(), Progress.NONE);
    }

    private static String describe(PacketTrail t) {
        return t.kind().label() + " " + t.flow() + " " + t.lane().label() + " seen at " + t.sightings().entrySet().stream()
                .map(e -> e.getKey() + "#" + e.getValue().get(0).packet().number()).toList();
    }

    @Test
    void handshakeIsMatchedPacketByPacketAtBothEnds() throws IOException, URISyntaxException {
        CrossCaptureMatch m = match(List.of(SESSION), capture("client", "client-cva.pcap"), capture("server", "server-cvb.pcapng"));
        assertEquals(List.of(
                        "SYN tcp 10.250.0.1:43218 > 10.250.0.2:8080 forward seen at [client#13, server#1]",
                        "SYN-ACK tcp 10.250.0.1:43218 > 10.250.0.2:8080 return seen at [client#14, server#2]",
                        "ACK tcp 10.250.0.1:43218 > 10.250.0.2:8080 forward seen at [client#15, server#3]"),
                m.trails().stream().limit(3).map(CrossCaptureMatcherTest::describe).toList());
        assertEquals(10, m.trails().size());
    }

    @Test
    void unansweredSynAndItsRetransmissionsAreFourPacketsSeenAtBothEnds() throws IOException, URISyntaxException {
        // Frame numbers from tshark -r client-cva.pcapng -Y tcp.port==7070 (23 27 28 30) and server-cvb.pcapng.
        CrossCaptureMatch m = match(List.of(DROPPED), capture("client", "client-cva.pcapng"), capture("server", "server-cvb.pcapng"));
        assertEquals(List.of(
                        "SYN tcp 10.250.0.1:45582 > 10.250.0.2:7070 forward seen at [client#23, server#11]",
                        "SYN tcp 10.250.0.1:45582 > 10.250.0.2:7070 forward seen at [client#27, server#14]",
                        "SYN tcp 10.250.0.1:45582 > 10.250.0.2:7070 forward seen at [client#28, server#15]",
                        "SYN tcp 10.250.0.1:45582 > 10.250.0.2:7070 forward seen at [client#30, server#16]"),
                m.trails().stream().map(CrossCaptureMatcherTest::describe).toList());
    }

    @Test
    void serverClockShiftedByEditcapIsRecoveredWithin50Milliseconds() throws IOException, URISyntaxException {
        // server-cvb-shifted.pcapng = editcap -t 0.25 server-cvb.pcap: the server clock reads 250 ms ahead.
        CrossCaptureMatch m = match(List.of(), capture("client", "client-cva.pcap"), capture("server", "server-cvb-shifted.pcapng"));
        ClockOffset server = m.offsets().get(1);
        assertEquals(ClockOffset.Source.BOTH_LANES, server.source());
        assertTrue(Math.abs(server.offsetNanos() - 250_000_000L) < 50_000_000L, "offset " + server);
        assertTrue(server.uncertaintyNanos() < 50_000_000L, "uncertainty " + server);
    }

    @Test
    void manualOffsetOverridesTheEstimate() throws IOException, URISyntaxException {
        CrossCaptureMatch m = CrossCaptureMatcher.match(
                List.of(capture("client", "client-cva.pcap"), capture("server", "server-cvb-shifted.pcapng")),
                List.of(), List.of(), Map.of("server", Duration.ofMillis(240)), Progress.NONE);
        assertEquals(new ClockOffset("server", "client", 240_000_000L, 0, 0, ClockOffset.Source.MANUAL), m.offsets().get(1));
    }

    @Test
    void synAckMissingAtTheClientIsAnEarnedNegative() throws IOException, URISyntaxException {
        CrossCaptureMatch m = match(List.of(SESSION), capture("server", "server-cvb.pcapng"),
                capture("client", "client-cva-lost-synack.pcapng"));
        Observation atClient = m.observations().stream()
                .filter(o -> o.kind() == PacketKind.SYN_ACK && o.capturePoint().equals("client")).findFirst().orElseThrow();
        assertEquals(Visibility.NOT_SEEN, atClient.visibility());
        // editcap keeps no interface statistics, so the drop count is unknown, and said so.
        assertEquals("not seen although the capture was running, no filter was stated and it reported no drop counts",
                atClient.why());
    }

    @Test
    void packetTheServerCaptureFilterExcludesIsUnknowableThere() throws IOException, URISyntaxException {
        FiveTuple routerSolicitation = FiveTuple.parse("icmpv6 [fe80::b874:98ff:fe64:4f4a]:133 > [ff02::2]:134").orElseThrow();
        CrossCaptureMatch m = match(List.of(routerSolicitation), capture("client", "client-cva.pcapng"),
                capture("server", "server-cvb.pcapng"));
        List<String> atServer = m.observations().stream().filter(o -> o.capturePoint().equals("server"))
                .map(o -> o.visibility() + ": " + o.why()).toList();
        // The second solicitation came after the server's capture had stopped.
        assertEquals(List.of("UNKNOWABLE: the capture filter \"tcp\" excludes it",
                "UNKNOWABLE: the capture at server was not running then"), atServer);
    }

    @Test
    void packetsBeforeALateCaptureStartedAreUnknowableThere() throws IOException, URISyntaxException {
        CrossCaptureMatch m = match(List.of(SESSION), capture("client", "client-cva.pcapng"),
                capture("server", "server-cvb-late.pcapng"));
        Observation synAtServer = m.observations().stream()
                .filter(o -> o.kind() == PacketKind.SYN && o.capturePoint().equals("server")).findFirst().orElseThrow();
        assertEquals(Visibility.UNKNOWABLE, synAtServer.visibility());
        assertEquals("the capture at server was not running then", synAtServer.why());
    }

    @Test
    void icmpErrorsQuotingTheFlowJoinItOnTheReturnLane() throws IOException {
        // tshark: frames 26, 28, 29, 30 are "need to frag (mtu 1492)" from 192.168.1.1 quoting the SMTP flow's segments.
        FiveTuple smtp = FiveTuple.parse("tcp 10.10.1.4:1470 > 74.53.140.153:25").orElseThrow();
        Path file = CorpusFiles.pcap("zeek-smtp-icmp-frag-needed.pcap");
        CrossCaptureMatch m = CrossCaptureMatcher.match(List.of(new CaptureInput("client", file, new ArtifactId("smtp.pcap"))),
                List.of(smtp), List.of(), Map.of(), Progress.NONE);
        assertEquals(List.of("26 return", "28 return", "29 return", "30 return"), m.trails().stream()
                .filter(t -> t.kind() == PacketKind.ICMP && t.flow().equals(smtp))
                .map(t -> t.at("client").orElseThrow().packet().number() + " " + t.lane().label()).toList());
    }

    @Test
    void serverCaptureStatesItsFilterAndDrops() throws IOException, URISyntaxException {
        CrossCaptureMatch m = match(List.of(SESSION), capture("server", "server-cvb.pcapng"));
        assertEquals("cvb tcp 0", m.coverage().get(0).interfaceName().orElse("?") + " "
                + m.coverage().get(0).filter().orElse("?") + " " + m.coverage().get(0).dropped().orElse(-1));
    }
}
