package dev.bothways.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a small pcapng as the collector's {@code tcpdump -i any -y LINUX_SLL2} and {@code editcap}
 * leave it: one section, one interface ("any", Linux cooked v2, microsecond stamps), and an
 * enhanced packet block a packet whose cooked header names the interface index and direction.
 * Packets are IPv4 TCP segments with no payload (a SYN or SYN-ACK with an MSS option) and valid
 * IP and TCP checksums.
 */
final class CaptureWriter {
    private static final int SLL2 = 276;
    private static final int OUTGOING = 4;
    private static final int HOST = 0;
    static final int SYN = 0x02;
    static final int ACK = 0x10;
    /** IP length of every segment written: 20 bytes of IP, 24 of TCP (the MSS option). */
    static final int IP_LENGTH = 44;

    /** One segment: when, by which interface and which way, its addresses, ports, flags and numbers. */
    record Segment(long epochMicros, int ifindex, boolean outgoing, String source, int sourcePort, String destination,
                   int destinationPort, int flags, long seq, long ack, int ttl) {
    }

    private CaptureWriter() {
    }

    static void write(Path file, List<Segment> segments) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer shb = le(28).putInt(0x0A0D0D0A).putInt(28).putInt(0x1A2B3C4D).putShort((short) 1).putShort((short) 0)
                .putLong(-1L).putInt(28);
        out.write(shb.array());
        ByteBuffer idb = le(32).putInt(1).putInt(32).putShort((short) SLL2).putShort((short) 0).putInt(262_144)
                .putShort((short) 2).putShort((short) 3).put(new byte[] {'a', 'n', 'y', 0}).putInt(0).putInt(32);
        out.write(idb.array());
        for (Segment s : segments) {
            byte[] data = packet(s);
            int padded = (data.length + 3) & ~3;
            int total = 32 + padded;
            ByteBuffer epb = le(total).putInt(6).putInt(total).putInt(0).putInt((int) (s.epochMicros() >>> 32))
                    .putInt((int) s.epochMicros()).putInt(data.length).putInt(data.length).put(data);
            epb.position(28 + padded);
            epb.putInt(total);
            out.write(epb.array());
        }
        Files.write(file, out.toByteArray());
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static byte[] packet(Segment s) {
        ByteBuffer b = ByteBuffer.allocate(20 + IP_LENGTH).order(ByteOrder.BIG_ENDIAN);
        b.putShort((short) 0x0800).putShort((short) 0).putInt(s.ifindex()).putShort((short) 1)
                .put((byte) (s.outgoing() ? OUTGOING : HOST)).put((byte) 6)
                .put(new byte[] {2, 0, 0, 0, 0, (byte) s.ifindex(), 0, 0});
        int ip = b.position();
        byte[] src = address(s.source());
        byte[] dst = address(s.destination());
        b.put((byte) 0x45).put((byte) 0).putShort((short) IP_LENGTH).putShort((short) 0).putShort((short) 0x4000)
                .put((byte) s.ttl()).put((byte) 6).putShort((short) 0).put(src).put(dst);
        b.putShort(ip + 10, (short) checksum(b.array(), ip, 20, 0));
        int tcp = b.position();
        b.putShort((short) s.sourcePort()).putShort((short) s.destinationPort()).putInt((int) s.seq())
                .putInt((int) s.ack()).put((byte) 0x60).put((byte) s.flags()).putShort((short) 64_240).putShort((short) 0)
                .putShort((short) 0).put((byte) 2).put((byte) 4).putShort((short) 1460);
        long pseudo = sum(src, 0, 4) + sum(dst, 0, 4) + 6 + (IP_LENGTH - 20);
        b.putShort(tcp + 16, (short) checksum(b.array(), tcp, IP_LENGTH - 20, pseudo));
        return b.array();
    }

    private static byte[] address(String dotted) {
        String[] parts = dotted.split("\\.");
        byte[] a = new byte[4];
        for (int i = 0; i < 4; i++) {
            a[i] = (byte) Integer.parseInt(parts[i]);
        }
        return a;
    }

    private static long sum(byte[] data, int from, int length) {
        long sum = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            sum += (data[from + i] & 0xff) << 8 | data[from + i + 1] & 0xff;
        }
        if (length % 2 == 1) {
            sum += (data[from + length - 1] & 0xff) << 8;
        }
        return sum;
    }

    private static int checksum(byte[] data, int from, int length, long initial) {
        long sum = initial + sum(data, from, length);
        while (sum >> 16 != 0) {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        return (int) ~sum & 0xffff;
    }
}
