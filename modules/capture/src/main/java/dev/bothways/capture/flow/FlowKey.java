package dev.bothways.capture.flow;

/**
 * A flow's canonical key: protocol and the two endpoints, the smaller (address, port) first, so
 * both directions of a flow share one key. Addresses as in
 * {@link dev.bothways.capture.decode.PacketHeaders}.
 */
public record FlowKey(int protocol, int version, long aHi, long aLo, int aPort, long bHi, long bLo, int bPort) {

    /** Whether endpoint 1 sorts before (or equals) endpoint 2, and so is side A. */
    public static boolean firstIsA(long hi1, long lo1, int port1, long hi2, long lo2, int port2) {
        int c = Long.compareUnsigned(hi1, hi2);
        if (c == 0) {
            c = Long.compareUnsigned(lo1, lo2);
        }
        return c < 0 || (c == 0 && port1 <= port2);
    }

    public static FlowKey of(int protocol, int version, long srcHi, long srcLo, int srcPort,
                      long dstHi, long dstLo, int dstPort, boolean sourceIsA) {
        return sourceIsA
                ? new FlowKey(protocol, version, srcHi, srcLo, srcPort, dstHi, dstLo, dstPort)
                : new FlowKey(protocol, version, dstHi, dstLo, dstPort, srcHi, srcLo, srcPort);
    }

    @Override
    public int hashCode() {
        return FlowMap.hash(protocol, aHi, aLo, aPort, bHi, bLo, bPort);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FlowKey k && k.aLo == aLo && k.bLo == bLo && k.aPort == aPort && k.bPort == bPort
                && k.aHi == aHi && k.bHi == bHi && k.protocol == protocol && k.version == version;
    }
}
