package dev.bothways.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bothways flows} on real captures of the shared corpus. */
class FlowsCommandTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private PrintStream oldOut;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
    }

    private static Path corpusPcap(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus/pcap").resolve(name);
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no shared/corpus/pcap/" + name + " above " + Path.of("").toAbsolutePath());
    }

    private JsonNode json() throws IOException {
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonListsEachConnectionWithItsStateAsZeekNamesIt() throws IOException {
        assertEquals(0, BothwaysCommand.run("flows", "--json",
                corpusPcap("zeek-pop3-syn-retransmit-rst.pcap").toString()));
        JsonNode report = json();
        List<String> rows = new ArrayList<>();
        report.get("flows").forEach(f -> rows.add(f.get("a").asText() + " " + f.get("b").asText() + " "
                + f.get("packetsAToB").asLong() + "/" + f.get("packetsBToA").asLong() + " "
                + f.get("tcp").get("connState").asText()));
        // tshark -z conv,tcp: 3+3, 3+3, 6+6, 9+9, 6+6, 9+10, 22+30 frames; refused SYNs first, then five POP3 sessions.
        assertEquals(List.of(
                "192.168.0.4:26242 212.227.15.188:110 3/3 REJ",
                "192.168.0.4:26245 212.227.15.171:110 3/3 REJ",
                "192.168.0.4:26272 212.227.15.166:110 6/6 SF",
                "192.168.0.4:26284 212.227.15.166:110 9/9 SF",
                "192.168.0.4:26304 212.227.15.166:110 6/6 SF",
                "192.168.0.4:26308 212.227.15.166:110 9/10 SF",
                "192.168.0.4:26383 212.227.15.166:110 22/30 SF"), rows);
        assertEquals(List.of(125L, 0), List.of(report.get("packets").asLong(), report.get("diagnostics").size()));
    }

    @Test
    void textListsEachConnectionInColumnsAsTsharkCountsThem() {
        assertEquals(0, BothwaysCommand.run("flows", corpusPcap("zeek-pop3-syn-retransmit-rst.pcap").toString()));
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("proto", "A", "(client)", "B", "(server)", "A->B", "pkts", "bytes", "B->A", "pkts", "bytes",
                "rel.", "start", "duration", "state"), List.of(lines.get(1).split(" +")));
        // tshark 4.0.17 -q -z conv,tcp: 9 frames (596 bytes) out, 9 (735 bytes) back, relative start 43.056819000, duration 3.5202.
        assertEquals("tcp 192.168.0.4:26284 <-> 212.227.15.166:110 9 596 9 735 43.056819 3.5202 SF syn=2 syn-ack=1 ack fin=2 retrans=1",
                lines.get(5).replaceAll(" +", " "));
        assertEquals(2 + 7, lines.size());
    }

    @Test
    void relativeStartsCountFromTheCapturesFirstPacketAsTsharkCountsThem() {
        // The first frames are ARP. tshark 4.0.17 -q -z conv,ip: 192.168.123.2 <-> 192.168.123.1 starts
        // at 34.029970000 and lasts 1.0016.
        assertEquals(0, BothwaysCommand.run("flows", corpusPcap("zeek-icmp-dot1q-vlan123.pcap").toString()));
        String row = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("icmp ")).findFirst().orElseThrow();
        assertEquals(List.of("34.029970", "1.0016"), List.of(row.split(" +")).subList(8, 10));
    }

    @Test
    void cutCaptureStillListsItsFlowsAndNamesWhereItEnds(@TempDir Path temp) throws IOException {
        byte[] all = Files.readAllBytes(corpusPcap("zeek-smtp-icmp-frag-needed.pcap"));
        Path cut = temp.resolve("cut.pcap");
        Files.write(cut, Arrays.copyOf(all, 20000));
        assertEquals(0, BothwaysCommand.run("flows", "--json", cut.toString()));
        JsonNode d = json().get("diagnostics").get(0);
        assertEquals(List.of("38", "18620", "error"), List.of(d.get("packet").asText(), d.get("offset").asText(),
                d.get("severity").asText()));
    }

    @Test
    void aFileThatIsNoCaptureExitsWithOne() throws IOException {
        assertEquals(1, BothwaysCommand.run("flows", corpusPcap("libpcap-invalid-version-1.pcap").toString()));
    }
}
