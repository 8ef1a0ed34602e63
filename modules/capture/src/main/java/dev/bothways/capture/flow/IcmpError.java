package dev.bothways.capture.flow;

import dev.bothways.model.PacketRef;
import java.net.InetAddress;

/**
 * An ICMP or ICMPv6 error that quoted one of a flow's packets: who sent it, its type and code,
 * and the next-hop MTU for "fragmentation needed" / "packet too big" (0 otherwise).
 */
public record IcmpError(PacketRef packet, long timestampNanos, InetAddress reporter, boolean v6,
                        int type, int code, int mtu) {

    /** A short name: "frag needed", "packet too big", "port unreachable", "time exceeded", ... */
    public String label() {
        if (!v6) {
            return switch (type) {
                case 3 -> switch (code) {
                    case 0 -> "net unreachable";
                    case 1 -> "host unreachable";
                    case 3 -> "port unreachable";
                    case 4 -> "frag needed (mtu " + mtu + ")";
                    case 9, 10, 13 -> "administratively prohibited";
                    default -> "unreachable code " + code;
                };
                case 11 -> "time exceeded";
                case 5 -> "redirect";
                case 4 -> "source quench";
                default -> "parameter problem";
            };
        }
        return switch (type) {
            case 1 -> code == 4 ? "port unreachable" : code == 1 ? "administratively prohibited" : "unreachable code " + code;
            case 2 -> "packet too big (mtu " + mtu + ")";
            case 3 -> "time exceeded";
            default -> "parameter problem";
        };
    }
}
