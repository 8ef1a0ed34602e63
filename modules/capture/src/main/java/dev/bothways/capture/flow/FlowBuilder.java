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
 * Accumulates one flow while the capture streams by; side 0 is the key's A endpoint, side 1 its B.
 * Mutable by design and private to the indexer; {@link #build} freezes it into a {@link Flow}.
 */
final class FlowBuilder {
    private static final int FIN = 0x01;
    private static final int SYN = 0x02;
    private static final int RST = 0x04;
    private static final int ACK = 0x10;
    private static final int MAX_ICMP_ERRORS = 32;

    final FlowKey key;
    final long[] packets = new long[2];
    final long[] bytes = new long[2];
    final long firstPacket;
    final int firstSide;
    final long startNanos;
    long lastPacket;
    long endNanos;

    private final TcpEndpoint[] state = {TcpEndpoint.INACTIVE, TcpEndpoint.INACTIVE};
    private final long[] nextSeq = new long[2];
    private final boolean[] seqKnown = new boolean[2];
    private final long[] baseSeq = new long[2];
    private final boolean[] spokeBeforeReset = new boolean[2];
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

    FlowBuilder(FlowKey key, long firstPacket, int firstSide, long startNanos) {
        this.key = key;
        this.firstPacket = firstPacket;
        this.firstSide = firstSide;
        this.startNanos = startNanos;
        this.endNanos = startNanos;
        this.lastPacket = firstPacket;
    }

    /**
     * Whether this TCP segment starts a new conversation on the same 5-tuple, as Wireshark
     * decides: a SYN without ACK whose sequence number differs from the first one its sender used.
     */
    boolean startsNewConversation(int side, PacketHeaders h) {
        return (h.tcpFlags() & (SYN | ACK)) == SYN && seqKnown[side] && h.seq() != baseSeq[side];
    }

    void count(int side, long packet, long nanos, int length) {
        packets[side]++;
        bytes[side] += length;
        lastPacket = packet;
        if (nanos > endNanos) {
            endNanos = nanos;
        }
    }

    void tcp(int side, PacketHeaders h) {
        int flags = h.tcpFlags();
        long seq = h.seq();
        boolean syn = (flags & SYN) != 0;
        boolean fin = (flags & FIN) != 0;
        int span = h.payloadLength() + (syn ? 1 : 0) + (fin ? 1 : 0);
        payloadFree &= h.payloadLength() == 0;
        if (!seqKnown[side]) {
            seqKnown[side] = true;
            baseSeq[side] = seq;
            nextSeq[side] = (seq + span) & 0xFFFFFFFFL;
        } else if (span > 0) {
            long end = (seq + span) & 0xFFFFFFFFL;
            int ahead = (int) (end - nextSeq[side]);
            boolean keepAlive = span == 1 && !syn && !fin && ((seq + 1) & 0xFFFFFFFFL) == nextSeq[side];
            if (ahead <= 0 && !keepAlive) {
                retransmissions++;
            } else if (ahead > 0) {
                nextSeq[side] = end;
            }
        }
        int other = 1 - side;
        if ((flags & RST) != 0) {
            rsts++;
            state[side] = TcpEndpoint.RESET;
        } else if (syn && (flags & ACK) == 0) {
            syns++;
            if (synSide < 0) {
                synSide = side;
            }
            if (state[side] == TcpEndpoint.INACTIVE) {
                state[side] = TcpEndpoint.SYN_SENT;
            }
        } else if (syn) {
            synAcks++;
            if (synAckSide < 0) {
                synAckSide = side;
            }
            if (state[side] == TcpEndpoint.INACTIVE || state[side] == TcpEndpoint.SYN_SENT) {
                state[side] = TcpEndpoint.SYN_ACK_SENT;
            }
        } else {
            if (state[side] == TcpEndpoint.SYN_SENT || state[side] == TcpEndpoint.SYN_ACK_SENT) {
                if (state[side] == TcpEndpoint.SYN_SENT && synAckSide == other && (flags & ACK) != 0) {
                    handshakeAck = true;
                }
                state[side] = TcpEndpoint.ESTABLISHED;
                if (state[other] == TcpEndpoint.SYN_ACK_SENT) {
                    state[other] = TcpEndpoint.ESTABLISHED;
                }
            } else if (state[side] == TcpEndpoint.INACTIVE) {
                state[side] = TcpEndpoint.PARTIAL;
            }
            if (fin) {
                fins++;
                if (state[side] != TcpEndpoint.RESET) {
                    state[side] = TcpEndpoint.CLOSED;
                }
            }
        }
        if ((flags & RST) == 0 && (!syn || (flags & ACK) != 0)) {
            spokeBeforeReset[side] |= state[side] != TcpEndpoint.RESET;
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
        if (key.protocol() == 6) {
            if (synSide >= 0) {
                return synSide;
            }
            if (synAckSide >= 0) {
                return 1 - synAckSide;
            }
        }
        if (key.protocol() == 6 || key.protocol() == 17) {
            if (key.aPort() != key.bPort()) {
                return key.aPort() < key.bPort() ? 1 : 0;
            }
        }
        return firstSide;
    }

    Flow build(ArtifactId artifact) {
        int client = clientSide();
        int server = 1 - client;
        InetAddress a = PacketHeaders.address(key.version(), key.aHi(), key.aLo());
        InetAddress b = PacketHeaders.address(key.version(), key.bHi(), key.bLo());
        InetAddress clientAddress = client == 0 ? a : b;
        InetAddress serverAddress = client == 0 ? b : a;
        int clientPort = client == 0 ? key.aPort() : key.bPort();
        int serverPort = client == 0 ? key.bPort() : key.aPort();
        Protocol protocol = Protocol.ofNumber(key.protocol());
        FiveTuple tuple = new FiveTuple(protocol, clientAddress, clientPort, serverAddress, serverPort);
        Optional<TcpSummary> tcp = key.protocol() == 6
                ? Optional.of(new TcpSummary(syns, synAcks, handshakeAck, rsts, fins, retransmissions,
                        connState(state[client], state[server], client)))
                : Optional.empty();
        return new Flow(tuple, key.protocol(),
                new DirectionCounts(packets[client], bytes[client]),
                new DirectionCounts(packets[server], bytes[server]),
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
                return synSide == client && !spokeBeforeReset[client] ? ConnState.RSTOS0 : ConnState.OTH;
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
