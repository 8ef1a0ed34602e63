package dev.bothways.capture.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.CorpusFiles;
import dev.bothways.capture.bench.SyntheticCapture;
import dev.bothways.model.Addresses;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.Progress;
import dev.bothways.model.Protocol;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** ICMP in flows, ICMP errors tied to the flows they quote, unsupported link types, cancelling. */
class FlowIndexerFeaturesTest {

    static Stream<String> icmpCounts() throws IOException {
        try (InputStream in = FlowIndexerFeaturesTest.class.getResourceAsStream("/tshark/icmp-packets.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("icmpCounts")
    void icmpPacketsAllLandInIcmpFlowsAsTsharkCountsThem(String line) throws IOException {
        String[] f = line.split(" ");
        FlowTable table = FlowIndexer.index(CorpusFiles.pcap(f[0]), Progress.NONE);
        long icmp = table.flows().stream()
                .filter(flow -> flow.tuple().protocol() == Protocol.ICMP || flow.tuple().protocol() == Protocol.ICMPV6)
                .mapToLong(Flow::packets).sum();
        assertEquals(Long.parseLong(f[1]), icmp);
    }

    @Test
    void fragmentationNeededErrorsAreTiedToTheSmtpFlowTheyQuote() throws IOException {
        // tshark -Y icmp: frames 26, 28, 29, 30 from 192.168.1.1, "need to frag (mtu 1492)", quoting 10.10.1.4:1470 > 74.53.140.153:25
        FlowTable table = FlowIndexer.index(CorpusFiles.pcap("zeek-smtp-icmp-frag-needed.pcap"), Progress.NONE);
        Flow smtp = table.flows().stream().filter(flow -> flow.tuple().toString().equals("tcp 10.10.1.4:1470 > 74.53.140.153:25"))
                .findFirst().orElseThrow();
        assertEquals(List.of("26 192.168.1.1 frag needed (mtu 1492)", "28 192.168.1.1 frag needed (mtu 1492)",
                        "29 192.168.1.1 frag needed (mtu 1492)", "30 192.168.1.1 frag needed (mtu 1492)"),
                smtp.icmpErrors().stream().map(e -> e.packet().number() + " " + Addresses.format(e.reporter()) + " " + e.label())
                        .toList());
    }

    @Test
    void aTableKnowsWhetherAnyFlowIsOverIpv6() throws IOException {
        FlowTable v4 = FlowIndexer.index(CorpusFiles.pcap("zeek-smtp-icmp-frag-needed.pcap"), Progress.NONE);
        FlowTable v6 = FlowIndexer.index(CorpusFiles.pcap("zeek-ipv6-tcp-handshake.pcap"), Progress.NONE);
        assertEquals(List.of(true, false), List.of(v4.ipv4Only(), v6.ipv4Only()));
        FlowTable copied = new FlowTable(v6.file(), v6.format(), v6.packets(), v6.bytes(), v6.firstPacketNanos(),
                List.copyOf(v6.flows()), v6.interfaces(), v6.statistics(), v6.diagnostics(), true);
        assertEquals(false, copied.ipv4Only());
    }

    @Test
    void packetTooBigQuotesItsIpv6Flow() throws IOException {
        FlowTable table = FlowIndexer.index(CorpusFiles.pcap("zeek-icmp6-packet-too-big.pcap"), Progress.NONE);
        // tshark: one ICMPv6 type 2 (packet too big, MTU 1280) from fe80::dead to fe80::beef
        assertEquals(List.of("icmpv6 [fe80::dead]:2 > [fe80::beef]:0"),
                table.flows().stream().map(flow -> flow.tuple().toString()).toList());
    }

    @Test
    void undecodedLinkTypeIsSaidOnceForTheInterface() throws IOException {
        FlowTable table = FlowIndexer.index(CorpusFiles.pcap("pcapplusplus-microsecs-big-endian-netlink.pcap"), Progress.NONE);
        assertEquals(13, table.packets());
        assertEquals(List.of(), table.flows());
        assertEquals(List.of(CaptureDiagnostic.Kind.UNSUPPORTED),
                table.diagnostics().stream().map(CaptureDiagnostic::kind).toList());
    }

    @Test
    void moreFlowsThanTheHeapAllowsAreCountedNotIndexedAndSaidOnce(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("synthetic.pcap");
        SyntheticCapture.Written written = new SyntheticCapture(2).write(file, 8 << 20);
        FlowTable table = FlowIndexer.index(file, new ArtifactId("synthetic.pcap"), Progress.NONE, 100);
        assertEquals(List.of(written.packets(), 100, List.of(CaptureDiagnostic.Kind.SUSPICIOUS)),
                List.of(table.packets(), table.flows().size(),
                        table.diagnostics().stream().map(CaptureDiagnostic::kind).toList()));
    }

    @Test
    void syntheticCaptureIndexesToTheFlowsItWrote(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("synthetic.pcap");
        SyntheticCapture.Written written = new SyntheticCapture(3).write(file, 8 << 20);
        FlowTable table = FlowIndexer.index(file, Progress.NONE);
        assertEquals(List.of(written.packets(), written.flows(), written.tcpFlows(), written.bytes()),
                List.of(table.packets(), (long) table.flows().size(),
                        table.flows().stream().filter(f -> f.tcp().isPresent()).count(), 24 + 16 * table.packets() + table.bytes()));
    }

    @Test
    void cancellingStopsTheReadAndSaysSo(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("synthetic.pcap");
        new SyntheticCapture(1).write(file, 32 << 20);
        long[] reports = new long[1];
        FlowTable table = FlowIndexer.index(file, new Progress() {
            @Override
            public void worked(long done, long total) {
                reports[0]++;
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        });
        assertEquals(List.of(false, 16384L, CaptureDiagnostic.Severity.NOTE),
                List.of(table.complete(), table.packets(), table.diagnostics().get(0).severity()));
    }
}
