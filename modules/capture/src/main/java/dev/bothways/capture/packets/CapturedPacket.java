package dev.bothways.capture.packets;

import dev.bothways.model.FiveTuple;
import dev.bothways.model.PacketRef;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One packet at one capture point.
 *
 * @param tuple          the packet's own 5-tuple, source to destination
 * @param interfaceIndex the host's interface index from a Linux cooked v2 header ({@code ip addr} numbers)
 * @param interfaceName  the capturing interface's name from pcapng, when it was not "any"
 * @param quoted         for an ICMP error, the 5-tuple of the packet it quotes
 * @param icmpMtu        for "fragmentation needed" / "packet too big", the MTU it reports
 */
public record CapturedPacket(PacketRef packet, long timeNanos, FiveTuple tuple, int tcpFlags, long seq, long ack,
                       int ipId, int ttl, int payloadLength, LinkDirection direction, OptionalInt interfaceIndex,
                       Optional<String> interfaceName, Optional<FiveTuple> quoted, OptionalInt icmpMtu) {

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int ACK = 0x10;

    public boolean syn() {
        return (tcpFlags & (SYN | ACK)) == SYN;
    }

    public boolean synAck() {
        return (tcpFlags & (SYN | ACK)) == (SYN | ACK);
    }

    public boolean rst() {
        return (tcpFlags & RST) != 0;
    }

    public boolean fin() {
        return (tcpFlags & FIN) != 0;
    }

    public boolean icmpError() {
        return quoted.isPresent();
    }

    /** SYN, SYN-ACK, RST, FIN, data or ACK, as a ladder diagram labels it. */
    public String kind() {
        if (icmpError()) {
            return icmpMtu.isPresent() ? "ICMP too big" : "ICMP error";
        }
        if (syn()) {
            return "SYN";
        }
        if (synAck()) {
            return "SYN-ACK";
        }
        if (rst()) {
            return "RST";
        }
        if (fin()) {
            return "FIN";
        }
        return payloadLength > 0 ? "data" : "ACK";
    }
}
