package dev.bothways.capture.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bothways.capture.CorpusFiles;
import dev.bothways.capture.read.CaptureReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every packet of every real capture, every cut of them and bytes flipped at random, under every
 * link type: decoding never throws, and no layer or field claims a byte the packet does not have.
 */
class PacketDetailHostileTest {
    private static final int[] LINK_TYPES = {0, 1, 9, 12, 101, 113, 228, 229, 239, 276, 4242};

    /** Every packet of the corpus and the lab captures, as the reader gives them. */
    private static List<PacketBytes> realPackets() throws IOException {
        List<Path> files = new ArrayList<>(CorpusFiles.pcaps());
        Optional<Path> cases = CorpusFiles.labCase("firewall-pair-ecmp").map(Path::getParent);
        if (cases.isPresent()) {
            try (Stream<Path> walk = Files.walk(cases.get())) {
                walk.filter(p -> p.getFileName().toString().startsWith("capture.pcap")
                        && !p.toString().endsWith(".meta")).sorted().forEach(files::add);
            }
        }
        List<PacketBytes> packets = new ArrayList<>();
        for (Path file : files) {
            try (CaptureReader reader = CaptureReader.open(file)) {
                while (reader.next()) {
                    byte[] data = new byte[reader.capturedLength()];
                    reader.buffer().get(reader.dataOffset(), data);
                    packets.add(new PacketBytes(reader.packetNumber(), reader.linkType(), reader.timestampNanos(),
                            reader.originalLength(), Optional.empty(), data));
                }
            }
        }
        return packets;
    }

    private static void assertInside(PacketDetail detail) {
        int length = detail.packet().length();
        for (DetailLayer layer : detail.layers()) {
            assertTrue(layer.offset() + layer.length() <= length, () -> layer + " runs past " + length + " bytes");
            assertFields(layer.fields(), length, layer.text());
        }
        int rows = detail.hex().rows().size();
        assertEquals((length + 15) / 16, rows);
    }

    private static void assertFields(List<DetailField> fields, int length, String where) {
        for (DetailField f : fields) {
            assertTrue(f.offset() + f.length() <= length, () -> where + ": " + f + " runs past " + length + " bytes");
            assertFields(f.children(), length, where);
        }
    }

    @Test
    void everyRealPacketDecodesWithinItsBytes() throws IOException {
        List<PacketBytes> packets = realPackets();
        assertTrue(packets.size() > 1000, "the corpus and lab captures hold " + packets.size() + " packets");
        for (PacketBytes p : packets) {
            assertInside(PacketDetail.of(p));
        }
    }

    @Test
    void cutAndFlippedPacketsUnderAnyLinkTypeDecodeWithinTheirBytes() throws IOException {
        Random random = new Random(6);
        List<PacketBytes> packets = realPackets();
        for (int n = 0; n < packets.size(); n += 7) {
            byte[] data = packets.get(n).data();
            for (int link : LINK_TYPES) {
                for (int cut = 0; cut <= Math.min(data.length, 120); cut += 3) {
                    assertInside(PacketDetail.of(packet(link, Arrays.copyOf(data, cut))));
                }
                byte[] flipped = data.clone();
                for (int i = 0; i < 4 && flipped.length > 0; i++) {
                    flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
                }
                assertInside(PacketDetail.of(packet(link, flipped)));
            }
        }
        for (int i = 0; i < 2000; i++) {
            byte[] noise = new byte[random.nextInt(200)];
            random.nextBytes(noise);
            assertInside(PacketDetail.of(packet(LINK_TYPES[i % LINK_TYPES.length], noise)));
        }
    }

    @Test
    void packetThatTripsPcap4jIsShownAsMalformed() {
        // tcpdump-icmpv6.pcap packet 2 with bytes changed (found by fuzzing): pcap4j takes the ICMPv6
        // inside for a home agent reply and reads past the end instead of reporting bad bytes
        byte[] data = java.util.HexFormat.of().parseHex("333300000001b0a86e0cd4e886dd8a63000000240043fe8000000000"
                + "0000b2a86efffe0cd4e8ff0200003100000000000000001000013a000502000091008200d03a27100000000000000000"
                + "00000000000000000000023c7e00");
        PacketDetail detail = PacketDetail.of(packet(1, data));
        assertEquals(List.of("Frame 1: 90 bytes on wire (720 bits)", "[Malformed Packet: Ethernet]"),
                detail.layers().stream().map(DetailLayer::name).toList());
        assertEquals(new DetailLayer("[Malformed Packet: Ethernet]", "90 bytes too few or too odd to be Ethernet", 0, 90,
                List.of(DetailField.of("Data", "333300000001b0a86e0cd4e886dd8a63000000240043fe80000000000000b2a86efffe0c…",
                        0, 90))), detail.layers().get(1));
    }

    private static PacketBytes packet(int linkType, byte[] data) {
        return new PacketBytes(1, linkType, 0, data.length, Optional.empty(), data);
    }
}
