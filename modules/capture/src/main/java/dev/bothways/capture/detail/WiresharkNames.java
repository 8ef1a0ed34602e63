package dev.bothways.capture.detail;

import java.util.Locale;

/**
 * The names Wireshark gives to numbers (EtherTypes, IP protocols, DSCP, ICMP types...), so the
 * detail tree reads as a Wireshark user expects. Where Wireshark's name is not listed here, the
 * caller falls back on pcap4j's.
 */
final class WiresharkNames {
    private WiresharkNames() {
    }

    static String etherType(int type, String fallback) {
        return switch (type) {
            case 0x0800 -> "IPv4";
            case 0x0806 -> "ARP";
            case 0x8100 -> "802.1Q Virtual LAN";
            case 0x86DD -> "IPv6";
            case 0x88A8 -> "802.1ad Provider Bridge (Q-in-Q)";
            case 0x9100 -> "VLAN-tagged frame (Q-in-Q)";
            case 0x8847 -> "MPLS label switched packet";
            case 0x8848 -> "MPLS multicast label switched packet";
            case 0x8863 -> "PPPoE Discovery";
            case 0x8864 -> "PPPoE Session";
            case 0x88CC -> "802.1 Link Layer Discovery Protocol (LLDP)";
            case 0x8035 -> "RARP";
            default -> fallback;
        };
    }

    /** "IPv4 (0x0800)". */
    static String etherTypeValue(int type, String fallback) {
        return etherType(type, fallback) + String.format(Locale.ROOT, " (0x%04x)", type);
    }

    static String ipProtocol(int number, String fallback) {
        return switch (number) {
            case 0 -> "IPv6 Hop-by-Hop Option";
            case 1 -> "ICMP";
            case 2 -> "IGMP";
            case 4 -> "IPIP";
            case 6 -> "TCP";
            case 17 -> "UDP";
            case 41 -> "IPv6";
            case 43 -> "Routing Header for IPv6";
            case 44 -> "Fragment Header for IPv6";
            case 47 -> "GRE";
            case 50 -> "Encap Security Payload";
            case 51 -> "Authentication Header";
            case 58 -> "ICMPv6";
            case 59 -> "IPv6 No Next Header";
            case 60 -> "Destination Options for IPv6";
            case 89 -> "OSPF IGP";
            case 103 -> "PIM";
            case 112 -> "VRRP";
            case 132 -> "SCTP";
            default -> fallback;
        };
    }

    static String dscpShort(int dscp) {
        return switch (dscp) {
            case 0 -> "CS0";
            case 1 -> "LE";
            case 8 -> "CS1";
            case 16 -> "CS2";
            case 24 -> "CS3";
            case 32 -> "CS4";
            case 40 -> "CS5";
            case 48 -> "CS6";
            case 56 -> "CS7";
            case 44 -> "VOICE-ADMIT";
            case 46 -> "EF";
            default -> dscp % 2 == 0 && dscp >= 10 && dscp <= 38 && (dscp % 8 == 2 || dscp % 8 == 4 || dscp % 8 == 6)
                    ? "AF" + (dscp / 8) + ((dscp % 8) / 2) : "Unknown";
        };
    }

    static String dscpLong(int dscp) {
        String name = switch (dscp) {
            case 0 -> "Default";
            case 1 -> "Lower Effort";
            case 8, 16, 24, 32, 40, 48, 56 -> "Class Selector " + dscp / 8;
            case 44 -> "Voice-Admit";
            case 46 -> "Expedited Forwarding";
            default -> dscpShort(dscp).startsWith("AF")
                    ? "Assured Forwarding " + dscpShort(dscp).substring(2) : "Unknown";
        };
        return name + " (" + dscp + ")";
    }

    static String ecnShort(int ecn) {
        return switch (ecn) {
            case 0 -> "Not-ECT";
            case 1 -> "ECT(1)";
            case 2 -> "ECT(0)";
            default -> "CE";
        };
    }

    static String ecnLong(int ecn) {
        String name = switch (ecn) {
            case 0 -> "Not ECN-Capable Transport";
            case 1 -> "ECN-Capable Transport codepoint '01'";
            case 2 -> "ECN-Capable Transport codepoint '10'";
            default -> "Congestion Experienced";
        };
        return name + " (" + ecn + ")";
    }

    /** A Linux cooked capture's packet type ({@code PACKET_HOST} ...). */
    static String sllPacketType(int type) {
        return switch (type) {
            case 0 -> "Unicast to us";
            case 1 -> "Broadcast";
            case 2 -> "Multicast";
            case 3 -> "Unicast to another host";
            case 4 -> "Sent by us";
            default -> "Unknown";
        } + " (" + type + ")";
    }

    /** A Linux {@code ARPHRD_} link-layer address type. */
    static String arphrd(int type) {
        return switch (type) {
            case 1 -> "Ethernet";
            case 24 -> "IEEE 1394";
            case 32 -> "InfiniBand";
            case 512 -> "PPP";
            case 768 -> "IPIP";
            case 769 -> "IPv6-in-IPv6";
            case 772 -> "Loopback";
            case 776 -> "IPv6-in-IPv4";
            case 778 -> "GRE over IP";
            case 801 -> "IEEE 802.11";
            case 824 -> "Netlink";
            case 65534 -> "None";
            default -> "Unknown";
        } + " (" + type + ")";
    }

    static String vlanPriority(int pcp) {
        return switch (pcp) {
            case 0 -> "Best Effort (default)";
            case 1 -> "Background";
            case 2 -> "Excellent Effort";
            case 3 -> "Critical Applications";
            case 4 -> "Video, < 100ms latency and jitter";
            case 5 -> "Voice, < 10ms latency and jitter";
            case 6 -> "Internetwork Control";
            default -> "Network Control";
        } + " (" + pcp + ")";
    }

    static String icmpType(int type) {
        return switch (type) {
            case 0 -> "Echo (ping) reply";
            case 3 -> "Destination unreachable";
            case 4 -> "Source quench (flow control)";
            case 5 -> "Redirect";
            case 8 -> "Echo (ping) request";
            case 9 -> "Router advertisement";
            case 10 -> "Router solicitation";
            case 11 -> "Time-to-live exceeded";
            case 12 -> "Parameter problem";
            case 13 -> "Timestamp request";
            case 14 -> "Timestamp reply";
            default -> "Unknown ICMP (obsolete or malformed?)";
        };
    }

    /** The code's name for the ICMP types whose codes have one; empty for the others. */
    static String icmpCode(int type, int code) {
        return switch (type) {
            case 3 -> switch (code) {
                case 0 -> "Network unreachable";
                case 1 -> "Host unreachable";
                case 2 -> "Protocol unreachable";
                case 3 -> "Port unreachable";
                case 4 -> "Fragmentation needed";
                case 5 -> "Source route failed";
                case 6 -> "Destination network unknown";
                case 7 -> "Destination host unknown";
                case 8 -> "Source host isolated";
                case 9 -> "Network administratively prohibited";
                case 10 -> "Host administratively prohibited";
                case 11 -> "Network unreachable for TOS";
                case 12 -> "Host unreachable for TOS";
                case 13 -> "Communication administratively filtered";
                case 14 -> "Host precedence violation";
                case 15 -> "Precedence cutoff in effect";
                default -> "Unknown code";
            };
            case 5 -> switch (code) {
                case 0 -> "Redirect for network";
                case 1 -> "Redirect for host";
                case 2 -> "Redirect for TOS and network";
                case 3 -> "Redirect for TOS and host";
                default -> "Unknown code";
            };
            case 11 -> switch (code) {
                case 0 -> "Time to live exceeded in transit";
                case 1 -> "Fragment reassembly time exceeded";
                default -> "Unknown code";
            };
            default -> "";
        };
    }

    static String icmp6Type(int type) {
        return switch (type) {
            case 1 -> "Destination Unreachable";
            case 2 -> "Packet Too Big";
            case 3 -> "Time Exceeded";
            case 4 -> "Parameter Problem";
            case 128 -> "Echo (ping) request";
            case 129 -> "Echo (ping) reply";
            case 130 -> "Multicast Listener Query";
            case 131 -> "Multicast Listener Report";
            case 132 -> "Multicast Listener Done";
            case 133 -> "Router Solicitation";
            case 134 -> "Router Advertisement";
            case 135 -> "Neighbor Solicitation";
            case 136 -> "Neighbor Advertisement";
            case 137 -> "Redirect";
            case 143 -> "Multicast Listener Report Message v2";
            default -> "Unknown";
        };
    }

    static String icmp6Code(int type, int code) {
        return switch (type) {
            case 1 -> switch (code) {
                case 0 -> "no route to destination";
                case 1 -> "Administratively prohibited";
                case 2 -> "beyond scope of source address";
                case 3 -> "Address unreachable";
                case 4 -> "Port unreachable";
                case 5 -> "source address failed ingress/egress policy";
                case 6 -> "reject route to destination";
                default -> "Unknown";
            };
            case 3 -> switch (code) {
                case 0 -> "hop limit exceeded in transit";
                case 1 -> "fragment reassembly time exceeded";
                default -> "Unknown";
            };
            case 4 -> switch (code) {
                case 0 -> "erroneous header field encountered";
                case 1 -> "unrecognized Next Header type encountered";
                case 2 -> "unrecognized IPv6 option encountered";
                default -> "Unknown";
            };
            default -> "";
        };
    }
}
