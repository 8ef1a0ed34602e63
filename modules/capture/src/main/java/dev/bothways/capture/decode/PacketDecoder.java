package dev.bothways.capture.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Decodes one frame's headers into a reused {@link PacketHeaders}. All reads are big-endian
 * absolute reads on the reader's buffer and are bounds-checked against the captured length, so
 * hostile bytes give {@link Decoded#CUT_SHORT}, never an exception.
 */
public final class PacketDecoder {
    private static final int ETHERTYPE_IPV4 = 0x0800;
    private static final int ETHERTYPE_IPV6 = 0x86DD;
    private static final int ETHERTYPE_VLAN = 0x8100;
    private static final int ETHERTYPE_QINQ = 0x88A8;
    private static final int ETHERTYPE_QINQ_OLD = 0x9100;
    private static final int ETHERTYPE_MPLS = 0x8847;
    private static final int ETHERTYPE_MPLS_MULTICAST = 0x8848;
    private static final int ETHERTYPE_PPPOE = 0x8864;
    private static final int MAX_HEADERS = 16;

    private ByteBuffer source = ByteBuffer.allocate(0);
    private ByteBuffer b = source;
    private int end;

    /** Decodes {@code length} bytes at {@code offset} of {@code buffer}, framed as {@code linkType}. */
    public Decoded decode(ByteBuffer buffer, int offset, int length, int linkType, PacketHeaders out) {
        if (buffer != source) {
            // A big-endian view of the reader's buffer, whatever order the file uses; made again only
            // when the reader's window grows into a new buffer.
            source = buffer;
            b = buffer.duplicate().order(ByteOrder.BIG_ENDIAN);
        }
        this.end = offset + length;
        out.clear();
        return switch (linkType) {
            case 1 -> ethernet(offset, out);
            case 113 -> {
                if (!need(offset, 16)) {
                    yield Decoded.CUT_SHORT;
                }
                out.linkPacketType = u16(offset);
                yield etherType(u16(offset + 14), offset + 16, out);
            }
            case 276 -> {
                if (!need(offset, 20)) {
                    yield Decoded.CUT_SHORT;
                }
                out.linkInterface = b.getInt(offset + 4);
                out.linkPacketType = u8(offset + 10);
                yield etherType(u16(offset), offset + 20, out);
            }
            case 12, 14, 101 -> ipByVersion(offset, out);
            case 228 -> ip4(offset, out, false);
            case 229 -> ip6(offset, out, false);
            case 0 -> loopback(offset, out, false);
            case 108 -> loopback(offset, out, true);
            case 9, 50 -> ppp(offset, out);
            case 239 -> nflog(offset, out);
            default -> Decoded.UNSUPPORTED_LINK;
        };
    }

    private boolean need(int at, int count) {
        return at >= 0 && at + count <= end;
    }

    private int u8(int at) {
        return b.get(at) & 0xFF;
    }

    private int u16(int at) {
        return b.getShort(at) & 0xFFFF;
    }

    private long u32(int at) {
        return b.getInt(at) & 0xFFFFFFFFL;
    }

    private Decoded ethernet(int at, PacketHeaders out) {
        if (!need(at, 14)) {
            return Decoded.CUT_SHORT;
        }
        return etherType(u16(at + 12), at + 14, out);
    }

    private Decoded etherType(int firstType, int start, PacketHeaders out) {
        int type = firstType;
        int at = start;
        for (int tags = 0; tags < MAX_HEADERS; tags++) {
            switch (type) {
                case ETHERTYPE_IPV4:
                    return ip4(at, out, false);
                case ETHERTYPE_IPV6:
                    return ip6(at, out, false);
                case ETHERTYPE_VLAN, ETHERTYPE_QINQ, ETHERTYPE_QINQ_OLD:
                    if (!need(at, 4)) {
                        return Decoded.CUT_SHORT;
                    }
                    type = u16(at + 2);
                    at += 4;
                    break;
                case ETHERTYPE_MPLS, ETHERTYPE_MPLS_MULTICAST:
                    return mpls(at, out);
                case ETHERTYPE_PPPOE:
                    if (!need(at, 8)) {
                        return Decoded.CUT_SHORT;
                    }
                    return pppProtocol(u16(at + 6), at + 8, out);
                default:
                    return Decoded.NOT_IP;
            }
        }
        return Decoded.NOT_IP;
    }

    private Decoded mpls(int start, PacketHeaders out) {
        int at = start;
        for (int labels = 0; labels < MAX_HEADERS; labels++) {
            if (!need(at, 4)) {
                return Decoded.CUT_SHORT;
            }
            boolean bottom = (u8(at + 2) & 1) != 0;
            at += 4;
            if (bottom) {
                return ipByVersion(at, out);
            }
        }
        return Decoded.NOT_IP;
    }

    private Decoded ipByVersion(int at, PacketHeaders out) {
        if (!need(at, 1)) {
            return Decoded.CUT_SHORT;
        }
        return switch (u8(at) >> 4) {
            case 4 -> ip4(at, out, false);
            case 6 -> ip6(at, out, false);
            default -> Decoded.NOT_IP;
        };
    }

    private Decoded loopback(int at, PacketHeaders out, boolean networkOrder) {
        if (!need(at, 4)) {
            return Decoded.CUT_SHORT;
        }
        long family = u32(at);
        if (!networkOrder && family > 0xFFFF) {
            family = Integer.reverseBytes((int) family) & 0xFFFFFFFFL;
        }
        if (family == 2) {
            return ip4(at + 4, out, false);
        }
        if (family == 10 || family == 24 || family == 28 || family == 30) {
            return ip6(at + 4, out, false);
        }
        return Decoded.NOT_IP;
    }

    private Decoded ppp(int start, PacketHeaders out) {
        int at = start;
        if (need(at, 2) && u8(at) == 0xFF && u8(at + 1) == 0x03) {
            at += 2;
        }
        if (!need(at, 1)) {
            return Decoded.CUT_SHORT;
        }
        if ((u8(at) & 1) != 0) {
            return pppProtocol(u8(at), at + 1, out);
        }
        if (!need(at, 2)) {
            return Decoded.CUT_SHORT;
        }
        return pppProtocol(u16(at), at + 2, out);
    }

    private Decoded pppProtocol(int protocol, int at, PacketHeaders out) {
        return switch (protocol) {
            case 0x21 -> ip4(at, out, false);
            case 0x57 -> ip6(at, out, false);
            case 0x281, 0x283 -> mpls(at, out);
            default -> Decoded.NOT_IP;
        };
    }

    /** NFLOG: a 4-byte header, then type-length-values in host (little-endian) order; type 9 holds the packet. */
    private Decoded nflog(int start, PacketHeaders out) {
        if (!need(start, 4)) {
            return Decoded.CUT_SHORT;
        }
        int family = u8(start);
        int at = start + 4;
        for (int tlvs = 0; tlvs < 64 && need(at, 4); tlvs++) {
            int length = Short.reverseBytes(b.getShort(at)) & 0xFFFF;
            int type = Short.reverseBytes(b.getShort(at + 2)) & 0xFFFF;
            if (length < 4) {
                return Decoded.CUT_SHORT;
            }
            if (type == 9) {
                int saved = end;
                end = Math.min(end, at + length);
                Decoded d = family == 10 ? ip6(at + 4, out, false) : family == 2 ? ip4(at + 4, out, false) : ipByVersion(at + 4, out);
                end = saved;
                return d;
            }
            at += (length + 3) & ~3;
        }
        return Decoded.NOT_IP;
    }

    private Decoded ip4(int at, PacketHeaders out, boolean inner) {
        if (!need(at, 20) || (u8(at) >> 4) != 4) {
            return inner ? Decoded.CUT_SHORT : (need(at, 20) ? Decoded.NOT_IP : Decoded.CUT_SHORT);
        }
        int headerLength = (u8(at) & 0x0F) * 4;
        int total = u16(at + 2);
        int id = u16(at + 4);
        int fragment = u16(at + 6);
        int ttl = u8(at + 8);
        int protocol = u8(at + 9);
        long source = u32(at + 12);
        long destination = u32(at + 16);
        if (headerLength < 20) {
            return Decoded.CUT_SHORT;
        }
        int l4 = at + headerLength;
        int l4Length = total >= headerLength ? total - headerLength : Math.max(0, end - l4);
        if (inner) {
            out.quotedIp(4, 0, source, 0, destination, protocol, id);
            quotedTransport(l4, protocol, out);
            return Decoded.TRANSPORT;
        }
        out.ip(4, 0, source, 0, destination, protocol, id, ttl);
        if ((fragment & 0x1FFF) != 0) {
            return Decoded.IP_ONLY;
        }
        return transport(l4, l4Length, protocol, out, false);
    }

    private Decoded ip6(int at, PacketHeaders out, boolean inner) {
        if (!need(at, 40) || (u8(at) >> 4) != 6) {
            return need(at, 40) ? Decoded.NOT_IP : Decoded.CUT_SHORT;
        }
        int payload = u16(at + 4);
        int next = u8(at + 6);
        int hopLimit = u8(at + 7);
        long sourceHi = b.getLong(at + 8);
        long sourceLo = b.getLong(at + 16);
        long destinationHi = b.getLong(at + 24);
        long destinationLo = b.getLong(at + 32);
        int l4 = at + 40;
        int l4End = payload == 0 ? end : at + 40 + payload;
        int id = 0;
        boolean laterFragment = false;
        for (int headers = 0; headers < MAX_HEADERS; headers++) {
            if (next == 0 || next == 43 || next == 60 || next == 135 || next == 139 || next == 140) {
                if (!need(l4, 2)) {
                    break;
                }
                next = u8(l4);
                l4 += (u8(l4 + 1) + 1) * 8;
            } else if (next == 44) {
                if (!need(l4, 8)) {
                    break;
                }
                next = u8(l4);
                laterFragment = (u16(l4 + 2) >> 3) != 0;
                id = b.getInt(l4 + 4);
                l4 += 8;
            } else if (next == 51) {
                if (!need(l4, 2)) {
                    break;
                }
                next = u8(l4);
                l4 += (u8(l4 + 1) + 2) * 4;
            } else {
                break;
            }
        }
        if (inner) {
            out.quotedIp(6, sourceHi, sourceLo, destinationHi, destinationLo, next, id);
            quotedTransport(l4, next, out);
            return Decoded.TRANSPORT;
        }
        out.ip(6, sourceHi, sourceLo, destinationHi, destinationLo, next, id, hopLimit);
        if (laterFragment) {
            return Decoded.IP_ONLY;
        }
        return transport(l4, Math.max(0, l4End - l4), next, out, true);
    }

    private Decoded transport(int at, int length, int protocol, PacketHeaders out, boolean v6) {
        switch (protocol) {
            case 6 -> {
                if (!need(at, 20)) {
                    return ports(at, out);
                }
                out.sourcePort = u16(at);
                out.destinationPort = u16(at + 2);
                out.seq = u32(at + 4);
                out.ack = u32(at + 8);
                int headerLength = (u8(at + 12) >> 4) * 4;
                out.tcpFlags = u8(at + 13);
                payload(at + headerLength, length - headerLength, out);
            }
            case 17 -> {
                if (!need(at, 8)) {
                    return ports(at, out);
                }
                out.sourcePort = u16(at);
                out.destinationPort = u16(at + 2);
                payload(at + 8, length - 8, out);
            }
            case 1, 58 -> {
                if (!need(at, 2)) {
                    return Decoded.IP_ONLY;
                }
                int type = u8(at);
                int code = u8(at + 1);
                out.sourcePort = type;
                out.destinationPort = code;
                payload(at + 4, length - 4, out);
                boolean error = protocol == 1
                        ? type == 3 || type == 4 || type == 5 || type == 11 || type == 12
                        : type >= 1 && type <= 4;
                if (error && need(at, 8)) {
                    if (protocol == 1 && type == 3 && code == 4) {
                        out.icmpMtu = u16(at + 6);
                    } else if (protocol == 58 && type == 2) {
                        out.icmpMtu = b.getInt(at + 4);
                    }
                    if (protocol == 1) {
                        ip4(at + 8, out, true);
                    } else {
                        ip6(at + 8, out, true);
                    }
                }
            }
            default -> {
                // Another IP protocol (GRE, ESP, SCTP, ...): flows keyed without ports.
            }
        }
        return Decoded.TRANSPORT;
    }

    /** A transport header cut off by the snap length: keep the ports if they were captured. */
    private Decoded ports(int at, PacketHeaders out) {
        if (need(at, 4)) {
            out.sourcePort = u16(at);
            out.destinationPort = u16(at + 2);
        }
        return Decoded.IP_ONLY;
    }

    private void payload(int at, int length, PacketHeaders out) {
        out.payloadLength = Math.max(0, length);
        out.payloadOffset = at;
        out.payloadCaptured = Math.max(0, Math.min(out.payloadLength, end - at));
    }

    private void quotedTransport(int at, int protocol, PacketHeaders out) {
        out.quotedSourcePort = 0;
        out.quotedDestinationPort = 0;
        out.quotedSeq = 0;
        if ((protocol == 6 || protocol == 17) && need(at, 4)) {
            out.quotedSourcePort = u16(at);
            out.quotedDestinationPort = u16(at + 2);
            if (protocol == 6 && need(at, 8)) {
                out.quotedSeq = u32(at + 4);
            }
        } else if ((protocol == 1 || protocol == 58) && need(at, 2)) {
            out.quotedSourcePort = u8(at);
            out.quotedDestinationPort = u8(at + 1);
        }
    }
}
