package dev.bothways.capture.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.capture.flow.Flow;
import dev.bothways.capture.flow.FlowIndexer;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small inline captures for features the corpus has no file for: link types 0 (both byte orders),
 * 108, 228 and 229, and a pcapng with a binary timestamp resolution, a simple packet block and a
 * stated filter. Bytes are built here field by field, as the format documents lay them out.
 */
class InlineCaptureTest {
    @TempDir
    Path temp;

    /** IPv4 TCP SYN 192.0.2.1:40000 > 198.51.100.7:443, no options. */
    private static byte[] ipv4Syn() {
        ByteBuffer b = ByteBuffer.allocate(40);
        b.put((byte) 0x45).put((byte) 0).putShort((short) 40).putShort((short) 1).putShort((short) 0x4000)
                .put((byte) 64).put((byte) 6).putShort((short) 0).put(new byte[] {(byte) 192, 0, 2, 1})
                .put(new byte[] {(byte) 198, 51, 100, 7});
        b.putShort((short) 40000).putShort((short) 443).putInt(1000).putInt(0).put((byte) 0x50).put((byte) 0x02)
                .putShort((short) 65535).putInt(0);
        return b.array();
    }

    /** IPv6 UDP 2001:db8::1:5353 > 2001:db8::2:53 with 4 payload bytes, behind a hop-by-hop header. */
    private static byte[] ipv6Udp() {
        ByteBuffer b = ByteBuffer.allocate(40 + 8 + 8 + 4);
        b.putInt(0x60000000).putShort((short) (8 + 8 + 4)).put((byte) 0).put((byte) 64);
        b.putLong(0x20010db800000000L).putLong(1).putLong(0x20010db800000000L).putLong(2);
        b.put((byte) 17).put((byte) 0).putShort((short) 0).putInt(0);
        b.putShort((short) 5353).putShort((short) 53).putShort((short) 12).putShort((short) 0).putInt(0xCAFEBABE);
        return b.array();
    }

    private Path pcap(int linkType, byte[]... frames) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(24 + 2000).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(0xa1b2c3d4).putShort((short) 2).putShort((short) 4).putInt(0).putInt(0).putInt(65535).putInt(linkType);
        int second = 1_700_000_000;
        for (byte[] frame : frames) {
            b.putInt(second++).putInt(0).putInt(frame.length).putInt(frame.length).put(frame);
        }
        Path file = temp.resolve("link-" + linkType + "-" + frames.length + ".pcap");
        Files.write(file, Arrays.copyOf(b.array(), b.position()));
        return file;
    }

    private static byte[] prefixed(byte[] header, byte[] packet) {
        byte[] out = new byte[header.length + packet.length];
        System.arraycopy(header, 0, out, 0, header.length);
        System.arraycopy(packet, 0, out, header.length, packet.length);
        return out;
    }

    private static List<String> flows(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (Flow f : FlowIndexer.index(file, Progress.NONE).flows()) {
            out.add(f.tuple() + " " + f.packets());
        }
        return out;
    }

    private static final String SYN = "tcp 192.0.2.1:40000 > 198.51.100.7:443 1";
    private static final String UDP6 = "udp [2001:db8::1]:5353 > [2001:db8::2]:53 1";

    @Test
    void rawIpv4AndIpv6LinkTypesDecode() throws IOException {
        assertEquals(List.of(SYN), flows(pcap(228, ipv4Syn())));
        assertEquals(List.of(UDP6), flows(pcap(229, ipv6Udp())));
        assertEquals(List.of(SYN, UDP6), flows(pcap(101, ipv4Syn(), ipv6Udp())));
    }

    @Test
    void loopbackFamiliesDecodeInHostAndNetworkOrder() throws IOException {
        byte[] inetLittle = {2, 0, 0, 0};
        byte[] inet6Little = {30, 0, 0, 0};
        byte[] inetBig = {0, 0, 0, 2};
        byte[] inet6Big = {0, 0, 0, 24};
        assertEquals(List.of(SYN, UDP6), flows(pcap(0, prefixed(inetLittle, ipv4Syn()), prefixed(inet6Little, ipv6Udp()))));
        assertEquals(List.of(SYN, UDP6), flows(pcap(0, prefixed(inetBig, ipv4Syn()), prefixed(inet6Big, ipv6Udp()))));
        assertEquals(List.of(SYN, UDP6), flows(pcap(108, prefixed(inetBig, ipv4Syn()), prefixed(inet6Big, ipv6Udp()))));
    }

    /** One pcapng block: type, total length, body padded to 4, total length again. */
    private static void block(ByteBuffer out, int type, byte[] body) {
        int padded = (body.length + 3) & ~3;
        out.putInt(type).putInt(12 + padded).put(body).put(new byte[padded - body.length]).putInt(12 + padded);
    }

    private static byte[] option(int code, byte[] value) {
        int padded = (value.length + 3) & ~3;
        ByteBuffer b = ByteBuffer.allocate(4 + padded).order(ByteOrder.LITTLE_ENDIAN);
        b.putShort((short) code).putShort((short) value.length).put(value);
        return b.array();
    }

    private static byte[] concat(byte[]... parts) {
        ByteBuffer b = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(p -> p.length).sum());
        for (byte[] p : parts) {
            b.put(p);
        }
        return b.array();
    }

    @Test
    void pcapngWithBinaryResolutionSimplePacketAndFilter() throws IOException {
        ByteBuffer out = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
        ByteBuffer shb = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        shb.putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0).putLong(-1);
        block(out, 0x0A0D0D0A, shb.array());
        ByteBuffer idbFixed = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        idbFixed.putShort((short) 228).putShort((short) 0).putInt(0);
        byte[] filter = concat(new byte[] {0}, "tcp port 443".getBytes(StandardCharsets.US_ASCII));
        block(out, 1, concat(idbFixed.array(), option(2, "wan0".getBytes(StandardCharsets.US_ASCII)),
                option(9, new byte[] {(byte) 0x83}), option(11, filter), new byte[4]));
        byte[] syn = ipv4Syn();
        ByteBuffer epb = ByteBuffer.allocate(20 + syn.length).order(ByteOrder.LITTLE_ENDIAN);
        // 2^-3 s units: 13 600 000 005 ticks = 1 700 000 000.625 s
        long ticks = 13_600_000_005L;
        epb.putInt(0).putInt((int) (ticks >>> 32)).putInt((int) ticks).putInt(syn.length).putInt(syn.length).put(syn);
        block(out, 6, epb.array());
        byte[] udp = ipv6Udp();
        ByteBuffer spb = ByteBuffer.allocate(4 + udp.length).order(ByteOrder.LITTLE_ENDIAN);
        spb.putInt(udp.length).put(udp);
        block(out, 3, spb.array());
        Path file = temp.resolve("inline.pcapng");
        Files.write(file, Arrays.copyOf(out.array(), out.position()));

        try (CaptureReader reader = CaptureReader.open(file)) {
            List<String> packets = new ArrayList<>();
            while (reader.next()) {
                packets.add(reader.packetNumber() + " " + reader.timestampNanos() + " " + reader.capturedLength());
            }
            assertEquals(List.of("1 1700000000625000000 40", "2 0 60"), packets);
            CaptureInterface wan = reader.interfaces().get(0);
            assertEquals(List.of("wan0", "tcp port 443", 228), List.of(wan.name().orElseThrow(), wan.filter().orElseThrow(),
                    wan.linkType()));
            assertEquals(List.of(), reader.diagnostics());
        }
    }
}
