package dev.bothways.capture.flow;

/**
 * The open flows by key: open addressing with linear probing over the key's primitive fields, so
 * finding a packet's flow allocates nothing. Grows with the number of flows, at most half full.
 */
final class FlowMap {
    private static final int LEAST_SLOTS = 1 << 12;

    private FlowBuilder[] slots;
    private int size;

    /** A map sized for about {@code expected} flows, so that it need not grow on the way there. */
    FlowMap(long expected) {
        int wanted = (int) Math.min(1 << 30, Math.max(LEAST_SLOTS, 2 * expected));
        slots = new FlowBuilder[Integer.highestOneBit(wanted - 1) << 1];
    }

    static int hash(int protocol, long aHi, long aLo, int aPort, long bHi, long bLo, int bPort) {
        long h = (aLo ^ (aHi * 0xC2B2AE3D27D4EB4FL)) * 0x9E3779B97F4A7C15L;
        h = (h ^ (h >>> 29) ^ bLo ^ (bHi * 0x165667B19E3779F9L)) * 0xBF58476D1CE4E5B9L;
        h = (h ^ (h >>> 32) ^ ((long) aPort << 24 | (long) bPort << 8 | protocol)) * 0x94D049BB133111EBL;
        return (int) (h ^ (h >>> 31));
    }

    FlowBuilder find(int protocol, int version, long aHi, long aLo, int aPort, long bHi, long bLo, int bPort) {
        int mask = slots.length - 1;
        int i = hash(protocol, aHi, aLo, aPort, bHi, bLo, bPort) & mask;
        FlowBuilder f;
        while ((f = slots[i]) != null) {
            if (f.hasKey(protocol, version, aHi, aLo, aPort, bHi, bLo, bPort)) {
                return f;
            }
            i = (i + 1) & mask;
        }
        return null;
    }

    /** Puts {@code flow} under its key, replacing the flow that had it (a closed conversation). */
    void put(FlowBuilder flow) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        if (insert(slots, flow)) {
            size++;
        }
    }

    private static boolean insert(FlowBuilder[] table, FlowBuilder flow) {
        int mask = table.length - 1;
        int i = hash(flow.protocol, flow.aHi, flow.aLo, flow.aPort, flow.bHi, flow.bLo, flow.bPort) & mask;
        FlowBuilder f;
        while ((f = table[i]) != null) {
            if (f.hasKey(flow.protocol, flow.version, flow.aHi, flow.aLo, flow.aPort, flow.bHi, flow.bLo, flow.bPort)) {
                table[i] = flow;
                return false;
            }
            i = (i + 1) & mask;
        }
        table[i] = flow;
        return true;
    }

    private void grow() {
        FlowBuilder[] larger = new FlowBuilder[slots.length * 2];
        for (FlowBuilder f : slots) {
            if (f != null) {
                insert(larger, f);
            }
        }
        slots = larger;
    }
}
