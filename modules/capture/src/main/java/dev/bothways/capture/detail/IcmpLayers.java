package dev.bothways.capture.detail;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.pcap4j.packet.IcmpV4CommonPacket;
import org.pcap4j.packet.IcmpV6CommonPacket;

/**
 * ICMP and ICMPv6. pcap4j reads the common header; the rest is read here by type, because pcap4j
 * 1.8 takes some ICMPv6 types for others (an MLDv2 report for a destination unreachable). An
 * error's quoted packet is decoded like any packet and shown inside the ICMP layer, as Wireshark does.
 */
final class IcmpLayers {
    private IcmpLayers() {
    }

    /** Decodes the packet an error quotes, {@code length} bytes from packet offset {@code at}, into its layers. */
    @FunctionalInterface
    interface Quote {
        List<DetailLayer> decode(int at, int length);
    }

    /**
     * @param quote decodes the packet an error quotes, from a packet offset, into its layers; null
     *              inside a quoted packet, where a quote is not followed again
     */
    static DetailLayer icmp(IcmpV4CommonPacket packet, LayerBuilder b, @Nullable Quote quote) {
        IcmpV4CommonPacket.IcmpV4CommonHeader h = packet.getHeader();
        int type = h.getType().value() & 0xFF;
        int code = h.getCode().value() & 0xFF;
        b.field("Type", type + " (" + WiresharkNames.icmpType(type) + ")", 0, 1);
        codeAndChecksum(b, code, WiresharkNames.icmpCode(type, code), h.getChecksum());
        int length = packet.length();
        int rest = length - 8;
        if (b.available(4) < 4) {
            return b.layer("Internet Control Message Protocol", "", length);
        }
        switch (type) {
            case 0, 8, 13, 14 -> {
                int id = b.u16(4);
                int seq = b.u16(6);
                b.field("Identifier (BE)", String.format(Locale.ROOT, "%d (0x%04x)", id, id), 4, 2);
                b.field("Identifier (LE)", String.format(Locale.ROOT, "%d (0x%04x)", swap(id), swap(id)), 4, 2);
                b.field("Sequence Number (BE)", String.format(Locale.ROOT, "%d (0x%04x)", seq, seq), 6, 2);
                b.field("Sequence Number (LE)", String.format(Locale.ROOT, "%d (0x%04x)", swap(seq), swap(seq)), 6, 2);
                data(b, 8, rest);
            }
            case 3, 11, 12 -> {
                if (type == 3 && code == 4) {
                    b.field("Unused", b.hex(4, 2), 4, 2);
                    b.field("MTU of next hop", String.valueOf(b.u16(6)), 6, 2);
                } else if (type == 12) {
                    b.field("Pointer", String.valueOf(b.u8(4)), 4, 1);
                    b.field("Unused", b.hex(5, 3), 5, 3);
                } else {
                    b.field("Unused", b.hex(4, 4), 4, 4);
                }
                quoted(b, 8, rest, quote);
            }
            case 5 -> {
                b.field("Gateway Address", (b.u8(4)) + "." + b.u8(5) + "." + b.u8(6) + "." + b.u8(7), 4, 4);
                quoted(b, 8, rest, quote);
            }
            default -> data(b, 4, length - 4);
        }
        return b.layer("Internet Control Message Protocol", "", length);
    }

    /** The second and third fields of every ICMP and ICMPv6 header, as Wireshark words them. */
    private static void codeAndChecksum(LayerBuilder b, int code, String codeName, short checksum) {
        b.field("Code", code + (codeName.isEmpty() ? "" : " (" + codeName + ")"), 1, 1);
        b.field("Checksum", String.format(Locale.ROOT, "0x%04x", checksum & 0xFFFF), 2, 2);
    }

    static DetailLayer icmp6(IcmpV6CommonPacket packet, LayerBuilder b, @Nullable Quote quote) {
        IcmpV6CommonPacket.IcmpV6CommonHeader h = packet.getHeader();
        int type = h.getType().value() & 0xFF;
        int code = h.getCode().value() & 0xFF;
        b.field("Type", WiresharkNames.icmp6Type(type) + " (" + type + ")", 0, 1);
        codeAndChecksum(b, code, WiresharkNames.icmp6Code(type, code), h.getChecksum());
        int length = packet.length();
        int rest = length - 8;
        if (b.available(4) < 4) {
            return b.layer("Internet Control Message Protocol v6", "", length);
        }
        switch (type) {
            case 1, 3 -> {
                b.field("Reserved", b.hex(4, 4), 4, 4);
                quoted(b, 8, rest, quote);
            }
            case 2 -> {
                b.field("MTU", String.valueOf(b.u32(4)), 4, 4);
                quoted(b, 8, rest, quote);
            }
            case 4 -> {
                b.field("Pointer", String.valueOf(b.u32(4)), 4, 4);
                quoted(b, 8, rest, quote);
            }
            case 128, 129 -> {
                b.field("Identifier", String.format(Locale.ROOT, "0x%04x", b.u16(4)), 4, 2);
                b.field("Sequence", String.valueOf(b.u16(6)), 6, 2);
                data(b, 8, rest);
            }
            case 143 -> listenerReport(b, length);
            default -> data(b, 4, length - 4);
        }
        return b.layer("Internet Control Message Protocol v6", "", length);
    }

    /** An MLDv2 report: which multicast groups the sender joins or leaves. */
    private static void listenerReport(LayerBuilder b, int length) {
        b.field("Reserved", b.hex(4, 2), 4, 2);
        int records = b.u16(6);
        b.field("Number of Multicast Address Records", String.valueOf(records), 6, 2);
        int at = 8;
        for (int i = 0; i < records && at + 20 <= length; i++) {
            int type = b.u8(at);
            int aux = b.u8(at + 1);
            int sources = b.u16(at + 2);
            int size = 20 + sources * 16 + aux * 4;
            String kind = switch (type) {
                case 1 -> "Mode is include";
                case 2 -> "Mode is exclude";
                case 3 -> "Changed to include";
                case 4 -> "Changed to exclude";
                case 5 -> "Allow new sources";
                case 6 -> "Block old sources";
                default -> "Unknown";
            };
            String group = dev.bothways.model.Addresses.format(address(b, at + 4));
            LayerBuilder r = b.below(at)
                    .field("Record Type", kind + " (" + type + ")", 0, 1)
                    .field("Aux Data Len", String.valueOf(aux), 1, 1)
                    .field("Number of Sources", String.valueOf(sources), 2, 2)
                    .field("Multicast Address", group, 4, 16);
            b.group("Multicast Address Record " + kind, group, at, Math.min(size, length - at), r);
            at += size;
        }
    }

    private static java.net.InetAddress address(LayerBuilder b, int at) {
        byte[] bytes = new byte[16];
        for (int i = 0; i < 16; i++) {
            bytes[i] = (byte) b.u8(at + i);
        }
        try {
            return java.net.InetAddress.getByAddress(bytes);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("16 bytes are always an IPv6 address", e);
        }
    }

    private static void quoted(LayerBuilder b, int at, int length, @Nullable Quote quote) {
        if (length <= 0) {
            return;
        }
        if (quote == null) {
            data(b, at, length);
            return;
        }
        quote.decode(b.base() + at, length).forEach(b::nested);
    }

    /** "Data (48 bytes)" with the bytes in hex below it. */
    private static void data(LayerBuilder b, int at, int length) {
        if (length <= 0) {
            return;
        }
        b.group("Data (" + length + " byte" + (length == 1 ? "" : "s") + ")", "", at, length,
                b.below(at).field("Data", b.hex(at, length), 0, length));
    }

    private static int swap(int u16) {
        return ((u16 & 0xFF) << 8) | (u16 >> 8);
    }
}
