package dev.bothways.capture.flow;

import dev.bothways.capture.decode.PacketHeaders;
import java.net.InetAddress;

/**
 * The addresses of a capture's flows, each made once: a few thousand hosts can carry a hundred
 * thousand flows. Direct-mapped, so a collision only means making an address again; each slot
 * holds one immutable entry, so readers on several threads see whole entries.
 */
final class AddressCache {
    private static final int SLOTS = 1 << 14;

    private record Entry(int version, long hi, long lo, InetAddress address) {
    }

    private final Entry[] slots = new Entry[SLOTS];

    InetAddress get(int version, long hi, long lo) {
        int slot = FlowMap.hash(version, hi, lo, 0, hi, lo, 0) & (SLOTS - 1);
        Entry e = slots[slot];
        if (e == null || e.lo != lo || e.hi != hi || e.version != version) {
            e = new Entry(version, hi, lo, PacketHeaders.address(version, hi, lo));
            slots[slot] = e;
        }
        return e.address;
    }
}
