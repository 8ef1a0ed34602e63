package dev.bothways.capture.flow;

import dev.bothways.capture.decode.PacketHeaders;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.PacketRef;
import dev.bothways.model.Protocol;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Accumulates one flow while the capture streams by; side A is the key's first endpoint, side B
 * its second. Mutable by design and private to the indexer; {@link #build} freezes it into a
 * {@link Flow}. The key's fields are copied in, and each side's state sits in one small object, so
 * a packet touches few cache lines.
 */
final class FlowBuilder {
    private static final int FIN = 0x01;
    private static final int SYN = 0x02;
    private static final int RST = 0x04;
    private static final int ACK = 0x10;
    private static final int MAX_ICMP_ERRORS = 32;

    /** What one endpoint sent and how far its TCP state got. */
    private static final class Side {
        long packets;
        long bytes;
        long nextSeq;
        long baseSeq;
        boolean seqKnown;
        boolean spokeBeforeReset;
        TcpEndpoint state = TcpEndpoint.INACTIVE;
    }

    final long aHi;
    final long aLo;
    final long bHi;
    final long bLo;
    final int aPort;
    final int bPort;
    final int protocol;
    final int version;
    private final InetAddress addressA;
    private final InetAddress addressB;
    final long firstPacket;
    final int firstSide;
    final long startNanos;
    long lastPacket;
    long endNanos;

    private final Side a = new Side();
    private final Side b = new Side();
    private long syns;
    private long synAcks;
    private long rsts;
    private long fins;
    private long retransmissions;
    private boolean handshakeAck;
    private boolean payloadFree = true;
    private int synSide = -1;
    private int synAckSide = -1;
    private List<IcmpError> icmpErrors = List.of();

    /** {@code addresses} gives the key's addresses: made when the flow starts, they cost nothing when it is built. */
    FlowBuilder(FlowKey key, AddressCache addresses, long firstPacket, int firstSide, long startNanos) {
        this.addressA = addresses.get(key.version(), key.aHi(), key.aLo());
        this.addressB = addresses.get(key.version(), key.bHi(), key.bLo());
        this.aHi = key.aHi();
        this.aLo = key.aLo();
        this.bHi = key.bHi();
        this.bLo = key.bLo();
        this.aPort = key.aPort();
        this.bPort = key.bPort();
        this.protocol = key.protocol();
        this.version = key.version();
        this.firstPacket = firstPacket;
        this.firstSide = firstSide;
        this.startNanos = startNanos;
        this.endNanos = startNanos;
        this.lastPacket = firstPacket;
    }

    /**
     * Whether this flow's key has these fields. One test of all the differences together, not a
     * test per field: the compiler prunes a field test that the first packets never failed, and
     * undoing that mid-capture (the first two flows sharing an address) cost a recompile.
     */
    boolean hasKey(int protocol, int version, long aHi, long aLo, int aPort, long bHi, long bLo, int bPort) {
        return ((this.aLo ^ aLo) | (this.bLo ^ bLo) | (this.aHi ^ aHi) | (this.bHi ^ bHi)
                | ((this.aPort ^ aPort) | (this.bPort ^ bPort) | (this.protocol ^ protocol) | (this.version ^ version))) == 0;
    }

    private Side side(int side) {
        return side == 0 ? a : b;
    }

    /**
     * Whether this TCP segment starts a new conversation on the same 5-tuple, as Wireshark
     * decides: a SYN without ACK whose sequence number differs from the first one its sender used.
     */
    boolean startsNewConversation(int side, PacketHeaders h) {
        Side s = side(side);
        return (h.tcpFlags() & (SYN | ACK)) == SYN && s.seqKnown && h.seq() != s.baseSeq;
    }

    void count(int side, long packet, long nanos, int length) {
        Side s = side(side);
        s.packets++;
        s.bytes += length;
        lastPacket = packet;
        if (nanos > endNanos) {
            endNanos = nanos;
        }
    }

    void tcp(int side, PacketHeaders h) {
        Side s = side(side);
        Side o = side(1 - side);
        int flags = h.tcpFlags();
        long seq = h.seq();
        boolean syn = (flags & SYN) != 0;
        boolean fin = (flags & FIN) != 0;
        int payload = h.payloadLength();
        int span = payload + (syn ? 1 : 0) + (fin ? 1 : 0);
        payloadFree &= payload == 0;
        if (!s.seqKnown) {
            s.seqKnown = true;
            s.baseSeq = seq;
            s.nextSeq = (seq + span) & 0xFFFFFFFFL;
        } else if (span > 0) {
            long end = (seq + span) & 0xFFFFFFFFL;
            int ahead = (int) (end - s.nextSeq);
            boolean keepAlive = span == 1 && !syn && !fin && ((seq + 1) & 0xFFFFFFFFL) == s.nextSeq;
            if (ahead <= 0 && !keepAlive) {
                retransmissions++;
            } else if (ahead > 0) {
                s.nextSeq = end;
            }
        }
        if ((flags & RST) != 0) {
            rsts++;
            s.state = TcpEndpoint.RESET;
        } else if (syn && (flags & ACK) == 0) {
            syns++;
            if (synSide < 0) {
                synSide = side;
            }
            if (s.state == TcpEndpoint.INACTIVE) {
                s.state = TcpEndpoint.SYN_SENT;
            }
        } else if (syn) {
            synAcks++;
            if (synAckSide < 0) {
                synAckSide = side;
            }
            if (s.state == TcpEndpoint.INACTIVE || s.state == TcpEndpoint.SYN_SENT) {
                s.state = TcpEndpoint.SYN_ACK_SENT;
            }
        } else {
            if (s.state == TcpEndpoint.SYN_SENT || s.state == TcpEndpoint.SYN_ACK_SENT) {
                if (s.state == TcpEndpoint.SYN_SENT && synAckSide == 1 - side && (flags & ACK) != 0) {
                    handshakeAck = true;
                }
                s.state = TcpEndpoint.ESTABLISHED;
                if (o.state == TcpEndpoint.SYN_ACK_SENT) {
                    o.state = TcpEndpoint.ESTABLISHED;
                }
            } else if (s.state == TcpEndpoint.INACTIVE) {
                s.state = TcpEndpoint.PARTIAL;
            }
            if (fin) {
                fins++;
                if (s.state != TcpEndpoint.RESET) {
                    s.state = TcpEndpoint.CLOSED;
                }
            }
        }
        if ((flags & RST) == 0 && (!syn || (flags & ACK) != 0)) {
            s.spokeBeforeReset |= s.state != TcpEndpoint.RESET;
        }
    }

    void icmpError(IcmpError error) {
        if (icmpErrors.size() < MAX_ICMP_ERRORS) {
            if (icmpErrors.isEmpty()) {
                icmpErrors = new ArrayList<>();
            }
            icmpErrors.add(error);
        }
    }

    /** The client side: first SYN's sender, else the SYN-ACK's receiver, else the higher port, else the first sender. */
    int clientSide() {
        if (protocol == 6) {
            if (synSide >= 0) {
                return synSide;
            }
            if (synAckSide >= 0) {
                return 1 - synAckSide;
            }
        }
        if ((protocol == 6 || protocol == 17) && aPort != bPort) {
            return aPort < bPort ? 1 : 0;
        }
        return firstSide;
    }

    Flow build(ArtifactId artifact) {
        int client = clientSide();
        Side c = side(client);
        Side s = side(1 - client);
        FiveTuple tuple = client == 0
                ? new FiveTuple(Protocol.ofNumber(protocol), addressA, aPort, addressB, bPort)
                : new FiveTuple(Protocol.ofNumber(protocol), addressB, bPort, addressA, aPort);
        Optional<TcpSummary> tcp = protocol == 6
                ? Optional.of(new TcpSummary(syns, synAcks, handshakeAck, rsts, fins, retransmissions,
                        connState(c.state, s.state, client)))
                : Optional.empty();
        return new Flow(tuple, protocol, new DirectionCounts(c.packets, c.bytes), new DirectionCounts(s.packets, s.bytes),
                startNanos, endNanos, new PacketRef(artifact, firstPacket), new PacketRef(artifact, lastPacket),
                tcp, icmpErrors);
    }

    private ConnState connState(TcpEndpoint os, TcpEndpoint rs, int client) {
        boolean origInactive = os == TcpEndpoint.INACTIVE || os == TcpEndpoint.PARTIAL;
        boolean respInactive = rs == TcpEndpoint.INACTIVE || rs == TcpEndpoint.PARTIAL;
        if (rs == TcpEndpoint.RESET) {
            if (os == TcpEndpoint.SYN_SENT || os == TcpEndpoint.SYN_ACK_SENT
                    || (os == TcpEndpoint.RESET && payloadFree)) {
                return ConnState.REJ;
            }
            return origInactive ? ConnState.RSTRH : ConnState.RSTR;
        }
        if (os == TcpEndpoint.RESET) {
            if (respInactive) {
                return synSide == client && !side(client).spokeBeforeReset ? ConnState.RSTOS0 : ConnState.OTH;
            }
            return ConnState.RSTO;
        }
        if (rs == TcpEndpoint.CLOSED && os == TcpEndpoint.CLOSED) {
            return ConnState.SF;
        }
        if (os == TcpEndpoint.CLOSED) {
            return respInactive ? ConnState.SH : ConnState.S2;
        }
        if (rs == TcpEndpoint.CLOSED) {
            return origInactive ? ConnState.SHR : ConnState.S3;
        }
        if (os == TcpEndpoint.SYN_SENT && rs == TcpEndpoint.INACTIVE) {
            return ConnState.S0;
        }
        if (os == TcpEndpoint.ESTABLISHED && rs == TcpEndpoint.ESTABLISHED) {
            return ConnState.S1;
        }
        return ConnState.OTH;
    }
}
