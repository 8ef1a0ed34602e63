package dev.bothways.capture.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pcap4j.packet.DnsPacket;
import org.pcap4j.packet.TcpMaximumSegmentSizeOption;
import org.pcap4j.packet.TcpPacket;
import org.pcap4j.packet.TcpTimestampsOption;
import org.pcap4j.packet.TcpWindowScaleOption;
import org.pcap4j.packet.UdpPacket;

/** TCP (with its options) and UDP, and the little of DNS a detail view needs. */
final class TransportLayers {
    /** TCP flag names from the lowest bit up, as Wireshark lists them in "Flags: 0x012 (SYN, ACK)". */
    private static final String[] FLAG_NAMES = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR", "AE"};

    private TransportLayers() {
    }

    /**
     * @param quoted whether this TCP header is the one an ICMP error quotes, where Wireshark shows
     *               sequence numbers as they are rather than relative to the stream
     */
    static DetailLayer tcp(TcpPacket packet, LayerBuilder b, boolean quoted) {
        TcpPacket.TcpHeader h = packet.getHeader();
        int src = h.getSrcPort().valueAsInt();
        int dst = h.getDstPort().valueAsInt();
        b.field("Source Port", String.valueOf(src), 0, 2);
        b.field("Destination Port", String.valueOf(dst), 2, 2);
        long seq = h.getSequenceNumberAsLong();
        long ack = h.getAcknowledgmentNumberAsLong();
        b.field(quoted ? "Sequence Number" : "Sequence Number (raw)", String.valueOf(seq), 4, 4);
        b.field("Acknowledgment number (raw)", String.valueOf(ack), 8, 4);
        int offsetByte = b.u8(12);
        int length = h.getDataOffsetAsInt() * 4;
        b.bits("Header Length", length + " bytes (" + h.getDataOffsetAsInt() + ")", 12, 8, offsetByte, 0xF0);
        int flags = b.u16(12) & 0x0FFF;
        b.group("Flags", String.format(Locale.ROOT, "0x%03x (%s)", flags, flagNames(flags)), 12, 2,
                flagBits(b.below(12), flags));
        b.field("Window", String.valueOf(h.getWindowAsInt()), 14, 2);
        b.field("Checksum", String.format(Locale.ROOT, "0x%04x", h.getChecksum() & 0xFFFF), 16, 2);
        b.field("Urgent Pointer", String.valueOf(h.getUrgentPointerAsInt()), 18, 2);
        if (length > 20) {
            options(h, b, length - 20);
        }
        int payload = packet.getPayload() == null ? 0 : packet.getPayload().length();
        if (payload > 0) {
            b.field("TCP payload (" + payload + " byte" + (payload == 1 ? "" : "s") + ")", "", length, payload);
        }
        String summary = "Src Port: " + src + ", Dst Port: " + dst + ", Seq: " + seq
                + ((flags & 0x010) != 0 ? ", Ack: " + ack : "") + (quoted ? "" : ", Len: " + payload);
        return b.layer("Transmission Control Protocol", summary, length);
    }

    /** What an ICMP error quotes of a TCP header when it is shorter than a whole one: the ports and maybe the sequence number. */
    static DetailLayer partialTcp(LayerBuilder b, int available) {
        int src = b.u16(0);
        int dst = b.u16(2);
        b.field("Source Port", String.valueOf(src), 0, 2);
        b.field("Destination Port", String.valueOf(dst), 2, 2);
        String summary = "Src Port: " + src + ", Dst Port: " + dst;
        if (available >= 8) {
            long seq = b.u32(4);
            b.field("Sequence Number", String.valueOf(seq), 4, 4);
            summary += ", Seq: " + seq;
        }
        return b.layer("Transmission Control Protocol", summary, available);
    }

    static String flagNames(int flags) {
        List<String> set = new ArrayList<>();
        for (int i = 0; i < FLAG_NAMES.length; i++) {
            if ((flags & (1 << i)) != 0) {
                set.add(FLAG_NAMES[i]);
            }
        }
        return set.isEmpty() ? "<None>" : String.join(", ", set);
    }

    private static LayerBuilder flagBits(LayerBuilder b, int flags) {
        String[][] bits = {
            {"Reserved", "0E00"}, {"Accurate ECN", "0100"}, {"Congestion Window Reduced", "0080"},
            {"ECN-Echo", "0040"}, {"Urgent", "0020"}, {"Acknowledgment", "0010"}, {"Push", "0008"},
            {"Reset", "0004"}, {"Syn", "0002"}, {"Fin", "0001"},
        };
        for (String[] bit : bits) {
            int mask = Integer.parseInt(bit[1], 16);
            b.bits(bit[0], (flags & mask) != 0 ? "Set" : "Not set", 0, 12, flags, mask);
        }
        return b;
    }

    private static void options(TcpPacket.TcpHeader h, LayerBuilder b, int room) {
        LayerBuilder all = b.below(20);
        List<String> names = new ArrayList<>();
        int at = 0;
        for (TcpPacket.TcpOption option : h.getOptions()) {
            int kind = option.getKind().value() & 0xFF;
            int length = option.length();
            LayerBuilder o = all.below(at);
            o.field("Kind", kindName(kind) + " (" + kind + ")", 0, 1);
            if (length > 1) {
                o.field("Length", String.valueOf(o.u8(1)), 1, 1);
            }
            String value = "";
            switch (option) {
                case TcpMaximumSegmentSizeOption mss -> {
                    o.field("MSS Value", String.valueOf(mss.getMaxSegSizeAsInt()), 2, 2);
                    value = mss.getMaxSegSizeAsInt() + " bytes";
                }
                case TcpWindowScaleOption ws -> {
                    o.field("Shift count", String.valueOf(ws.getShiftCountAsInt()), 2, 1);
                    value = ws.getShiftCountAsInt() + " (multiply by " + (1L << Math.min(ws.getShiftCountAsInt(), 30)) + ")";
                }
                case TcpTimestampsOption ts -> {
                    o.field("Timestamp value", String.valueOf(ts.getTsValueAsLong()), 2, 4);
                    o.field("Timestamp echo reply", String.valueOf(ts.getTsEchoReplyAsLong()), 6, 4);
                    value = "TSval " + ts.getTsValueAsLong() + ", TSecr " + ts.getTsEchoReplyAsLong();
                }
                default -> {
                }
            }
            String name = optionName(kind);
            names.add(name);
            all.group("TCP Option - " + name, value, at, length, o);
            at += length;
        }
        b.group("Options", "(" + room + " bytes)" + (names.isEmpty() ? "" : ", " + String.join(", ", names)),
                20, room, all);
    }

    private static String optionName(int kind) {
        return switch (kind) {
            case 0 -> "End of Option List (EOL)";
            case 1 -> "No-Operation (NOP)";
            case 2 -> "Maximum segment size";
            case 3 -> "Window scale";
            case 4 -> "SACK permitted";
            case 5 -> "SACK";
            case 8 -> "Timestamps";
            case 19 -> "TCP MD5 signature";
            case 29 -> "TCP-AO";
            case 30 -> "Multipath TCP";
            case 34 -> "TCP Fast Open Cookie";
            default -> "Unknown";
        };
    }

    private static String kindName(int kind) {
        return switch (kind) {
            case 0 -> "End of Option List";
            case 1 -> "No-Operation";
            case 2 -> "Maximum Segment Size";
            case 3 -> "Window Scale";
            case 4 -> "SACK Permitted";
            case 5 -> "SACK";
            case 8 -> "Time Stamp Option";
            case 19 -> "MD5 Signature Option";
            case 29 -> "TCP Authentication Option";
            case 30 -> "Multipath TCP";
            case 34 -> "TCP Fast Open Cookie";
            default -> "Unknown";
        };
    }

    static DetailLayer udp(UdpPacket packet, LayerBuilder b) {
        UdpPacket.UdpHeader h = packet.getHeader();
        int src = h.getSrcPort().valueAsInt();
        int dst = h.getDstPort().valueAsInt();
        b.field("Source Port", String.valueOf(src), 0, 2);
        b.field("Destination Port", String.valueOf(dst), 2, 2);
        b.field("Length", String.valueOf(h.getLengthAsInt()), 4, 2);
        b.field("Checksum", String.format(Locale.ROOT, "0x%04x", h.getChecksum() & 0xFFFF), 6, 2);
        int payload = packet.getPayload() == null ? 0 : packet.getPayload().length();
        if (payload > 0) {
            b.field("UDP payload (" + payload + " byte" + (payload == 1 ? "" : "s") + ")", "", 8, payload);
        }
        return b.layer("User Datagram Protocol", "Src Port: " + src + ", Dst Port: " + dst, 8);
    }

    /** DNS: the header's counts; its questions and answers are left to Wireshark. */
    static DetailLayer dns(DnsPacket packet, LayerBuilder b) {
        DnsPacket.DnsHeader h = packet.getHeader();
        b.field("Transaction ID", String.format(Locale.ROOT, "0x%04x", h.getId() & 0xFFFF), 0, 2);
        b.field("Questions", String.valueOf(h.getQdCountAsInt()), 4, 2);
        b.field("Answer RRs", String.valueOf(h.getAnCountAsInt()), 6, 2);
        b.field("Authority RRs", String.valueOf(h.getNsCountAsInt()), 8, 2);
        b.field("Additional RRs", String.valueOf(h.getArCountAsInt()), 10, 2);
        return b.layer("Domain Name System (" + (h.isResponse() ? "response" : "query") + ")", "", packet.length());
    }
}
