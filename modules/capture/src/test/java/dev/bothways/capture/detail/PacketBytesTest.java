package dev.bothways.capture.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.capture.CorpusFiles;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding one packet by number, and saying plainly why when it cannot be found. */
class PacketBytesTest {
    @TempDir
    Path temp;

    private static PacketBytes found(PacketLookup lookup) {
        if (lookup instanceof PacketLookup.Found f) {
            return f.packet();
        }
        throw new AssertionError(lookup);
    }

    @Test
    void snappedPacketKeepsItsLengthOnTheWireAndTime() {
        // tshark -T fields -e frame.len -e frame.cap_len -e frame.time_epoch -Y frame.number==4: 562 96 1071580905.037333000
        PacketBytes p = found(PacketBytes.read(CorpusFiles.pcap("zeek-tcp-snaplen96.pcap"), 4, Progress.NONE));
        assertEquals(4, p.number());
        assertEquals(1, p.linkType());
        assertEquals(96, p.length());
        assertEquals(562, p.originalLength());
        assertEquals(1071580905_037333000L, p.timestampNanos());
        assertEquals(Optional.empty(), p.interfaceName());
    }

    @Test
    void pcapngPacketNamesItsInterface() {
        // tshark -T fields -e frame.interface_name -e frame.len -e frame.time_epoch: eth0 96 1767663089.500330493
        PacketBytes p = found(PacketBytes.read(CorpusFiles.pcap("zeek-pcapng-two-interfaces.pcapng"), 1, Progress.NONE));
        assertEquals(Optional.of("eth0"), p.interfaceName());
        assertEquals(96, p.originalLength());
        assertEquals(1767663089_500330493L, p.timestampNanos());
    }

    @Test
    void nanosecondPcapKeepsItsNanoseconds() {
        // tshark -T fields -e frame.time_epoch -Y frame.number==2: 1418145370.052027262
        PacketBytes p = found(PacketBytes.read(CorpusFiles.pcap("tcpdump-tcp-handshake-nano-sll.pcap"), 2, Progress.NONE));
        assertEquals(1418145370_052027262L, p.timestampNanos());
        assertEquals(113, p.linkType());
    }

    @Test
    void numberPastTheEndSaysHowManyPacketsThereAre() {
        // capinfos -c: 7 packets
        Path file = CorpusFiles.labCase("firewall-pair-ecmp").orElseThrow().resolve("client/capture.pcapng");
        assertEquals(new PacketLookup.Missing("capture.pcapng has 7 packets, so no packet 8"),
                PacketBytes.read(file, 8, Progress.NONE));
    }

    @Test
    void cutCaptureSaysWhereTheReadingStopped() throws IOException {
        // head -c 20000 zeek-smtp-icmp-frag-needed.pcap keeps 37 whole packets (see CaptureReaderTest)
        Path cut = temp.resolve("cut.pcap");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(CorpusFiles.pcap("zeek-smtp-icmp-frag-needed.pcap")), 20000));
        assertEquals(new PacketLookup.Missing("cut.pcap can be read only up to packet 37, not to packet 40: "
                        + "the file is cut short: packet 38 at byte 18620 has only 1364 of its 1506 bytes"),
                PacketBytes.read(cut, 40, Progress.NONE));
        assertEquals(37, found(PacketBytes.read(cut, 37, Progress.NONE)).number());
    }

    @Test
    void textFileIsNoCapture() throws IOException {
        Path text = temp.resolve("ip-route.txt");
        Files.writeString(text, "default via 10.0.1.1 dev eth0\n");
        assertEquals(new PacketLookup.Missing("cannot read packet 1 of ip-route.txt: "
                        + "not a pcap or pcapng file: it starts with 0x64656661"),
                PacketBytes.read(text, 1, Progress.NONE));
    }

    @Test
    void missingFileIsSaidSo() {
        assertEquals(new PacketLookup.Missing("cannot read gone.pcap: there is no such file"),
                PacketBytes.read(temp.resolve("gone.pcap"), 1, Progress.NONE));
    }

    @Test
    void cancelledWalkStopsBeforeItsPacket() throws IOException {
        // 20 000 copies of one record: the walk checks for cancel every 16 384 packets
        byte[] one = Files.readAllBytes(CorpusFiles.pcap("pcapplusplus-syn-rst.pcap"));
        byte[] record = Arrays.copyOfRange(one, 24, 24 + 16 + 74);
        byte[] many = new byte[24 + record.length * 20_000];
        System.arraycopy(one, 0, many, 0, 24);
        for (int i = 0; i < 20_000; i++) {
            System.arraycopy(record, 0, many, 24 + i * record.length, record.length);
        }
        Path file = temp.resolve("many.pcap");
        Files.write(file, many);
        Progress cancelled = new Progress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        assertEquals(new PacketLookup.Missing("cancelled before packet 19999 of many.pcap"),
                PacketBytes.read(file, 19_999, cancelled));
        assertEquals(19_999, found(PacketBytes.read(file, 19_999, Progress.NONE)).number());
    }
}
