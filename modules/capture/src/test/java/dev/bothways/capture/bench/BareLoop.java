package dev.bothways.capture.bench;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;

/**
 * The reference point: a bare JVM loop that maps a little-endian Ethernet pcap (as the
 * synthetic capture is) and counts its TCP and UDP flows by 5-tuple, nothing else. No diagnostics,
 * no other link types, no TCP state: the floor a JVM tool starts from.
 */
final class BareLoop {
    private static final long WINDOW = 1L << 30;

    private BareLoop() {
    }

    /** Packets and distinct flows (either direction) of {@code file}. */
    static long[] count(Path file) throws IOException {
        long packets = 0;
        long[] keys = new long[1 << 20];
        int flows = 0;
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            long base = 0;
            MappedByteBuffer map = map(channel, base, size);
            long at = 24;
            while (at + 16 <= size) {
                if (at + 16 + 65_536 > base + map.capacity() && base + map.capacity() < size) {
                    base = at;
                    map = map(channel, base, size);
                }
                int p = (int) (at - base);
                int captured = map.getInt(p + 8);
                packets++;
                int ip = p + 16 + 14;
                if (captured >= 14 + 24 && map.getShort(p + 16 + 12) == (short) 0x0008) {
                    int protocol = map.get(ip + 9);
                    if (protocol == 6 || protocol == 17) {
                        int headerLength = (map.get(ip) & 0x0F) * 4;
                        long a = map.getInt(ip + 12) & 0xFFFFFFFFL;
                        long b = map.getInt(ip + 16) & 0xFFFFFFFFL;
                        long ports = map.getInt(ip + headerLength) & 0xFFFFFFFFL;
                        long sp = ports & 0xFFFF;
                        long dp = ports >>> 16;
                        long key = a < b || a == b && sp < dp
                                ? (a * 31 + b) * 1_000_003 + (sp << 17 ^ dp << 1 ^ protocol)
                                : (b * 31 + a) * 1_000_003 + (dp << 17 ^ sp << 1 ^ protocol);
                        key = key == 0 ? 1 : key;
                        int slot = (int) (key * 0x9E3779B97F4A7C15L >>> 44);
                        while (keys[slot] != 0 && keys[slot] != key) {
                            slot = (slot + 1) & (keys.length - 1);
                        }
                        if (keys[slot] == 0) {
                            keys[slot] = key;
                            flows++;
                        }
                    }
                }
                at += 16 + captured;
            }
        }
        return new long[] {packets, flows};
    }

    private static MappedByteBuffer map(FileChannel channel, long base, long size) throws IOException {
        MappedByteBuffer map = channel.map(FileChannel.MapMode.READ_ONLY, base, Math.min(WINDOW, size - base));
        map.order(ByteOrder.LITTLE_ENDIAN);
        return map;
    }
}
