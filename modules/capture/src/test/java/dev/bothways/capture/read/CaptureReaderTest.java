package dev.bothways.capture.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.CaptureDiagnostic.Kind;
import dev.bothways.capture.CaptureDiagnostic.Severity;
import dev.bothways.capture.CorpusFiles;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming readers on real files, cut files and hostile bytes. */
class CaptureReaderTest {
    @TempDir
    Path temp;

    /** Packet count and the diagnostics of reading a whole file. */
    private record Read(long packets, List<CaptureDiagnostic> diagnostics, CaptureReader reader) {
    }

    private static Read readAll(Path file) throws IOException {
        try (CaptureReader reader = CaptureReader.open(file)) {
            long n = 0;
            while (reader.next()) {
                n++;
            }
            return new Read(n, reader.diagnostics(), reader);
        }
    }

    private Path cut(String corpusName, int bytes) throws IOException {
        byte[] all = Files.readAllBytes(CorpusFiles.pcap(corpusName));
        Path file = temp.resolve("cut-" + corpusName);
        Files.write(file, Arrays.copyOf(all, bytes));
        return file;
    }

    @Test
    void cutPcapGivesEveryCompletePacketAndOneDiagnosticWithPacketAndOffset() throws IOException {
        // head -c 20000 zeek-smtp-icmp-frag-needed.pcap: capinfos reads 37 packets; 24 + sum(16 + caplen) = 18620;
        // packet 38 has caplen 1506 (tshark), of which 20000 - 18620 - 16 = 1364 bytes remain
        Read read = readAll(cut("zeek-smtp-icmp-frag-needed.pcap", 20000));
        assertEquals(37, read.packets());
        assertEquals(List.of(new CaptureDiagnostic(38, 18620, Severity.ERROR, Kind.TRUNCATED,
                "the file is cut short: packet 38 at byte 18620 has only 1364 of its 1506 bytes")), read.diagnostics());
    }

    @Test
    void cutPcapngGivesEveryCompletePacketAndOneDiagnosticWithPacketAndOffset() throws IOException {
        // head -c 15000 pcapplusplus-many-interfaces-11.pcapng: capinfos reads 58 packets; the cut block starts at 14144
        Read read = readAll(cut("pcapplusplus-many-interfaces-11.pcapng", 15000));
        assertEquals(58, read.packets());
        assertEquals(1, read.diagnostics().size());
        CaptureDiagnostic d = read.diagnostics().get(0);
        assertEquals(List.of(59L, 14144L, Severity.ERROR, Kind.TRUNCATED), List.of(d.packet(), d.offset(), d.severity(), d.kind()));
    }

    @Test
    void archaicPcapVersionIsRefusedWithOneDiagnostic() throws IOException {
        Read read = readAll(CorpusFiles.pcap("libpcap-invalid-version-1.pcap"));
        assertEquals(0, read.packets());
        assertEquals(List.of("pcap version 1.4 is not supported (only 2.x is; older versions are archaic)"),
                read.diagnostics().stream().map(CaptureDiagnostic::message).toList());
    }

    @Test
    void randomBytesNulsAndEmptyFilesAreRefusedNotThrown() throws IOException {
        byte[] noise = new byte[1 << 20];
        new Random(7).nextBytes(noise);
        Files.write(temp.resolve("noise"), noise);
        Files.write(temp.resolve("nuls"), new byte[4096]);
        Files.write(temp.resolve("empty"), new byte[0]);
        List<String> messages = new ArrayList<>();
        for (String name : List.of("noise", "nuls", "empty")) {
            Read read = readAll(temp.resolve(name));
            assertEquals(0, read.packets());
            read.diagnostics().forEach(d -> messages.add(name + ": " + d.kind() + " " + d.message()));
        }
        assertEquals(List.of(
                String.format("noise: REFUSED not a pcap or pcapng file: it starts with 0x%02x%02x%02x%02x",
                        noise[0], noise[1], noise[2], noise[3]),
                "nuls: REFUSED not a pcap or pcapng file: it starts with 0x00000000",
                "empty: REFUSED the file is empty"), messages);
    }

    @Test
    void pcapHeaderFollowedByGarbageStopsAtTheFirstImpossibleRecord() throws IOException {
        byte[] header = Arrays.copyOf(Files.readAllBytes(CorpusFiles.pcap("tcpdump-empty-header-only.pcap")), 24 + 64);
        Arrays.fill(header, 24, header.length, (byte) 0x7F);
        Files.write(temp.resolve("garbage.pcap"), header);
        Read read = readAll(temp.resolve("garbage.pcap"));
        assertEquals(0, read.packets());
        assertEquals(List.of(Kind.MALFORMED), read.diagnostics().stream().map(CaptureDiagnostic::kind).toList());
    }

    @Test
    void sectionsInBothByteOrdersReadOneAfterAnother() throws IOException, URISyntaxException {
        // pcapng allows sections back to back: a little-endian one from dumpcap, then the big-endian test file.
        Path little = Path.of(getClass().getResource("/netns/server-cvb.pcapng").toURI());
        Path big = CorpusFiles.pcap("pcap-parser-test001-big-endian.pcapng");
        Path both = temp.resolve("two-sections.pcapng");
        Files.write(both, concat(Files.readAllBytes(little), Files.readAllBytes(big)));
        Read read = readAll(both);
        assertEquals(16 + 4, read.packets());
        assertEquals(List.of(), read.diagnostics());
        // capinfos: the big-endian file names its interface "silly ethernet interface".
        assertEquals(List.of("0:cvb:1", "1:silly ethernet interface:1"), read.reader().interfaces().stream()
                .map(i -> i.section() + ":" + i.displayName() + ":" + i.linkType()).toList());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void dumpcapInterfaceDescriptionAndStatisticsAreRead() throws IOException, URISyntaxException {
        // capinfos server-cvb.pcapng: Name = cvb, Time precision = nanoseconds (9); dumpcap ran with -f tcp.
        Read read = readAll(Path.of(getClass().getResource("/netns/server-cvb.pcapng").toURI()));
        CaptureInterface cvb = read.reader().interfaces().get(0);
        assertEquals(List.of("cvb", "tcp", 1_000_000_000L), List.of(cvb.name().orElseThrow(), cvb.filter().orElseThrow(),
                cvb.unitsPerSecond()));
        InterfaceStatistics stats = read.reader().statistics().get(0);
        // The ISB as written: isb_ifrecv 16, isb_ifdrop 0.
        assertEquals(List.of(16L, 0L), List.of(stats.received().orElseThrow(), stats.dropped().orElseThrow()));
        assertEquals(List.of(new PacketComment(0, "Counters provided by dumpcap").text()),
                read.reader().comments().stream().filter(c -> c.text().startsWith("Counters")).map(PacketComment::text).toList());
    }

    @Test
    void packetNumbersAreOneBasedAndNanosecondTimestampsKeepTheirDigits() throws IOException {
        // tshark -r tcpdump-tcp-handshake-nano-sll.pcap -T fields -e frame.number -e frame.time_epoch
        try (CaptureReader reader = CaptureReader.open(CorpusFiles.pcap("tcpdump-tcp-handshake-nano-sll.pcap"))) {
            List<String> seen = new ArrayList<>();
            while (reader.next()) {
                seen.add(reader.packetNumber() + " " + reader.timestampNanos());
            }
            assertEquals(EXPECTED_NANO, seen);
        }
    }

    private static final List<String> EXPECTED_NANO = List.of(
            "1 1418145369924505488", "2 1418145370052027262", "3 1418145370052115157");
}
