package dev.bothways.capture.decode;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;

/**
 * The headers of one decoded frame. Deliberately mutable and reused from packet to packet, like a
 * Jackson parser's current token, so the hot path allocates nothing; copy what you keep.
 * Addresses are held as two longs (IPv4 in the low 32 bits of {@code lo}). For ICMP, the ports are
 * the type and code; an ICMP error's quoted packet is in the {@code quoted*} fields.
 */
public final class PacketHeaders {
    int ipVersion;
    long sourceHi;
    long sourceLo;
    long destinationHi;
    long destinationLo;
    int protocol;
    int sourcePort;
    int destinationPort;
    int ipId;
    int ttl;
    int tcpFlags;
    long seq;
    long ack;
    int payloadLength;
    int payloadOffset;
    int payloadCaptured;
    int icmpMtu;
    int linkPacketType;
    int linkInterface;

    boolean quoted;
    int quotedIpVersion;
    long quotedSourceHi;
    long quotedSourceLo;
    long quotedDestinationHi;
    long quotedDestinationLo;
    int quotedProtocol;
    int quotedSourcePort;
    int quotedDestinationPort;
    long quotedSeq;
    int quotedIpId;

    void clear() {
        ipVersion = 0;
        protocol = -1;
        sourcePort = 0;
        destinationPort = 0;
        ipId = 0;
        ttl = 0;
        tcpFlags = 0;
        seq = 0;
        ack = 0;
        payloadLength = 0;
        payloadOffset = 0;
        payloadCaptured = 0;
        icmpMtu = 0;
        linkPacketType = -1;
        linkInterface = -1;
        quoted = false;
    }

    /** Sets the network layer of the frame itself. */
    void ip(int version, long srcHi, long srcLo, long dstHi, long dstLo, int proto, int id, int hops) {
        ipVersion = version;
        sourceHi = srcHi;
        sourceLo = srcLo;
        destinationHi = dstHi;
        destinationLo = dstLo;
        protocol = proto;
        ipId = id;
        ttl = hops;
    }

    /** Sets the network layer of the packet an ICMP error quotes, and marks the frame as quoting one. */
    void quotedIp(int version, long srcHi, long srcLo, long dstHi, long dstLo, int proto, int id) {
        quotedIpVersion = version;
        quotedSourceHi = srcHi;
        quotedSourceLo = srcLo;
        quotedDestinationHi = dstHi;
        quotedDestinationLo = dstLo;
        quotedProtocol = proto;
        quotedIpId = id;
        quoted = true;
    }

    public int ipVersion() {
        return ipVersion;
    }

    public long sourceHi() {
        return sourceHi;
    }

    public long sourceLo() {
        return sourceLo;
    }

    public long destinationHi() {
        return destinationHi;
    }

    public long destinationLo() {
        return destinationLo;
    }

    /** IP protocol number (6 TCP, 17 UDP, 1 ICMP, 58 ICMPv6, ...). */
    public int protocol() {
        return protocol;
    }

    /** TCP/UDP source port; the type for ICMP. */
    public int sourcePort() {
        return sourcePort;
    }

    /** TCP/UDP destination port; the code for ICMP. */
    public int destinationPort() {
        return destinationPort;
    }

    /** IPv4 identification; the fragment identification for IPv6 when it has one, else 0. */
    public int ipId() {
        return ipId;
    }

    /** IPv4 TTL or IPv6 hop limit. */
    public int ttl() {
        return ttl;
    }

    /** TCP flag bits (FIN 0x01, SYN 0x02, RST 0x04, PSH 0x08, ACK 0x10). */
    public int tcpFlags() {
        return tcpFlags;
    }

    public long seq() {
        return seq;
    }

    public long ack() {
        return ack;
    }

    /** Transport payload length as the IP header states it (not limited by the snap length). */
    public int payloadLength() {
        return payloadLength;
    }

    /** Buffer index of the first payload byte. */
    public int payloadOffset() {
        return payloadOffset;
    }

    /** Payload bytes actually captured. */
    public int payloadCaptured() {
        return payloadCaptured;
    }

    /** Next-hop MTU of an ICMP "fragmentation needed" or ICMPv6 "packet too big", else 0. */
    public int icmpMtu() {
        return icmpMtu;
    }

    /**
     * The Linux cooked header's packet type (0 to this host, 1 broadcast, 2 multicast, 3 to another
     * host, 4 sent by this host), or -1 when the link type has none.
     */
    public int linkPacketType() {
        return linkPacketType;
    }

    /** The Linux cooked v2 header's interface index, or -1 when the link type has none. */
    public int linkInterface() {
        return linkInterface;
    }

    /** Whether this is an ICMP error quoting the start of another packet. */
    public boolean quoted() {
        return quoted;
    }

    public int quotedIpVersion() {
        return quotedIpVersion;
    }

    public long quotedSourceHi() {
        return quotedSourceHi;
    }

    public long quotedSourceLo() {
        return quotedSourceLo;
    }

    public long quotedDestinationHi() {
        return quotedDestinationHi;
    }

    public long quotedDestinationLo() {
        return quotedDestinationLo;
    }

    public int quotedProtocol() {
        return quotedProtocol;
    }

    public int quotedSourcePort() {
        return quotedSourcePort;
    }

    public int quotedDestinationPort() {
        return quotedDestinationPort;
    }

    public long quotedSeq() {
        return quotedSeq;
    }

    public int quotedIpId() {
        return quotedIpId;
    }

    public InetAddress source() {
        return address(ipVersion, sourceHi, sourceLo);
    }

    public InetAddress destination() {
        return address(ipVersion, destinationHi, destinationLo);
    }

    /** The address held in {@code hi}/{@code lo} for IP version {@code version}. */
    public static InetAddress address(int version, long hi, long lo) {
        byte[] bytes;
        if (version == 4) {
            bytes = new byte[4];
            ByteBuffer.wrap(bytes).putInt((int) lo);
        } else {
            bytes = new byte[16];
            ByteBuffer.wrap(bytes).putLong(hi).putLong(lo);
        }
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }
}
