package dev.bothways.capture.detail;

import dev.bothways.model.Addresses;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pcap4j.packet.IllegalPacket;
import org.pcap4j.packet.IpV4Packet;
import org.jspecify.annotations.Nullable;
import org.pcap4j.packet.IpV6Packet;
import org.pcap4j.packet.Packet;
import org.pcap4j.packet.factory.PacketFactories;
import org.pcap4j.packet.namednumber.IpNumber;

/** IPv4 and IPv6 headers, IPv6 extension headers included in their IPv6 layer as Wireshark shows them. */
final class IpLayers {
    private IpLayers() {
    }

    static String protocol(IpNumber number) {
        int value = number.value() & 0xFF;
        return WiresharkNames.ipProtocol(value, number.name()) + " (" + value + ")";
    }

    static DetailLayer ipv4(IpV4Packet packet, LayerBuilder b) {
        IpV4Packet.IpV4Header h = packet.getHeader();
        int first = b.u8(0);
        int ihl = h.getIhlAsInt();
        b.bits("Version", String.valueOf(h.getVersion().value()), 0, 8, first, 0xF0);
        b.bits("Header Length", ihl * 4 + " bytes (" + ihl + ")", 0, 8, first, 0x0F);
        int tos = h.getTos().value() & 0xFF;
        int dscp = tos >> 2;
        int ecn = tos & 0x03;
        LayerBuilder ds = b.below(1)
                .bits("Differentiated Services Codepoint", WiresharkNames.dscpLong(dscp), 0, 8, tos, 0xFC)
                .bits("Explicit Congestion Notification", WiresharkNames.ecnLong(ecn), 0, 8, tos, 0x03);
        b.group("Differentiated Services Field", String.format(Locale.ROOT, "0x%02x (DSCP: %s, ECN: %s)", tos,
                WiresharkNames.dscpShort(dscp), WiresharkNames.ecnShort(ecn)), 1, 1, ds);
        b.field("Total Length", String.valueOf(h.getTotalLengthAsInt()), 2, 2);
        int id = h.getIdentificationAsInt();
        b.field("Identification", String.format(Locale.ROOT, "0x%04x (%d)", id, id), 4, 2);
        int flagsByte = b.u8(6);
        List<String> set = new ArrayList<>();
        if (h.getReservedFlag()) {
            set.add("Reserved bit");
        }
        if (h.getDontFragmentFlag()) {
            set.add("Don't fragment");
        }
        if (h.getMoreFragmentFlag()) {
            set.add("More fragments");
        }
        LayerBuilder flags = b.below(6)
                .bits("Reserved bit", h.getReservedFlag() ? "Set" : "Not set", 0, 8, flagsByte, 0x80)
                .bits("Don't fragment", h.getDontFragmentFlag() ? "Set" : "Not set", 0, 8, flagsByte, 0x40)
                .bits("More fragments", h.getMoreFragmentFlag() ? "Set" : "Not set", 0, 8, flagsByte, 0x20);
        b.bitsGroup("Flags", String.format(Locale.ROOT, "0x%x", flagsByte >> 5)
                + (set.isEmpty() ? "" : ", " + String.join(", ", set)), 6, 8, flagsByte, 0xE0, flags);
        int fragment = b.u16(6);
        b.bits("Fragment Offset", String.valueOf((h.getFragmentOffset() & 0x1FFF) * 8), 6, 16, fragment, 0x1FFF);
        b.field("Time to Live", String.valueOf(h.getTtlAsInt()), 8, 1);
        b.field("Protocol", protocol(h.getProtocol()), 9, 1);
        b.field("Header Checksum", String.format(Locale.ROOT, "0x%04x", h.getHeaderChecksum() & 0xFFFF), 10, 2);
        String src = Addresses.format(h.getSrcAddr());
        String dst = Addresses.format(h.getDstAddr());
        b.field("Source Address", src, 12, 4);
        b.field("Destination Address", dst, 16, 4);
        if (ihl > 5) {
            b.field("Options", "(" + (ihl * 4 - 20) + " bytes)", 20, ihl * 4 - 20);
        }
        return b.layer("Internet Protocol Version 4", "Src: " + src + ", Dst: " + dst, h.length());
    }

    /** An IPv6 layer, and where what it carries starts: after the extension headers it took in. */
    record V6(DetailLayer layer, @Nullable Packet next, int length, int nextHeader) {
    }

    static V6 ipv6(IpV6Packet packet, LayerBuilder b) {
        IpV6Packet.IpV6Header h = packet.getHeader();
        long word = b.u32(0);
        b.bits("Version", String.valueOf(h.getVersion().value()), 0, 8, word >>> 24, 0xF0);
        int tc = h.getTrafficClass().value() & 0xFF;
        int dscp = tc >> 2;
        int ecn = tc & 0x03;
        LayerBuilder classes = b.below(0)
                .bits("Differentiated Services Codepoint", WiresharkNames.dscpLong(dscp), 0, 32, word, 0x0FC00000L)
                .bits("Explicit Congestion Notification", WiresharkNames.ecnLong(ecn), 0, 32, word, 0x00300000L);
        b.bitsGroup("Traffic Class", String.format(Locale.ROOT, "0x%02x (DSCP: %s, ECN: %s)", tc,
                WiresharkNames.dscpShort(dscp), WiresharkNames.ecnShort(ecn)), 0, 32, word, 0x0FF00000L, classes);
        b.bits("Flow Label", String.format(Locale.ROOT, "0x%05x", h.getFlowLabel().value() & 0xFFFFF), 1, 24,
                word & 0xFFFFFF, 0x0FFFFF);
        b.field("Payload Length", String.valueOf(h.getPayloadLengthAsInt()), 4, 2);
        b.field("Next Header", protocol(h.getNextHeader()), 6, 1);
        b.field("Hop Limit", String.valueOf(h.getHopLimitAsInt()), 7, 1);
        String src = Addresses.format(h.getSrcAddr());
        String dst = Addresses.format(h.getDstAddr());
        b.field("Source Address", src, 8, 16);
        b.field("Destination Address", dst, 24, 16);
        // Extension headers are measured from their own length bytes: pcap4j 1.8 miscounts some
        // (a hop-by-hop header with a Router Alert and an empty PadN comes out 6 bytes long, not 8),
        // so what follows them is decoded again here, at the right place, by its next-header number.
        int at = h.length();
        int end = Math.min(b.available(0), at + h.getPayloadLengthAsInt());
        int next = h.getNextHeader().value() & 0xFF;
        Packet inner = packet.getPayload();
        boolean redecode = false;
        while (isExtension(next) && at + 8 <= end) {
            int length = next == FRAGMENT ? 8 : (b.u8(at + 1) + 1) * 8;
            if (at + length > end) {
                break;
            }
            b.group(extensionName(next), "", at, length, extension(next, b.below(at)));
            next = b.u8(at);
            at += length;
            redecode = true;
        }
        if (redecode) {
            int from = b.base() + at;
            int count = end - at;
            byte number = (byte) next;
            inner = count <= 0 ? null : Dissector.pcap4j(() -> PacketFactories.getFactory(Packet.class, IpNumber.class)
                    .newInstance(b.data(), from, count, IpNumber.getInstance(number)))
                    .orElseGet(() -> IllegalPacket.newPacket(b.data(), from, count));
        }
        return new V6(b.layer("Internet Protocol Version 6", "Src: " + src + ", Dst: " + dst, at), inner, at, next);
    }

    private static final int HOP_BY_HOP = 0;
    private static final int ROUTING = 43;
    private static final int FRAGMENT = 44;
    private static final int DESTINATION = 60;

    private static boolean isExtension(int next) {
        return next == HOP_BY_HOP || next == ROUTING || next == FRAGMENT || next == DESTINATION;
    }

    private static String extensionName(int next) {
        return switch (next) {
            case HOP_BY_HOP -> "IPv6 Hop-by-Hop Option";
            case ROUTING -> "Routing Header for IPv6";
            case FRAGMENT -> "Fragment Header for IPv6";
            default -> "Destination Options for IPv6";
        };
    }

    private static LayerBuilder extension(int kind, LayerBuilder b) {
        b.field("Next Header", protocol(IpNumber.getInstance((byte) b.u8(0))), 0, 1);
        if (kind == FRAGMENT) {
            int word = b.u16(2);
            b.bits("Offset", (word >> 3) + " (" + (word >> 3) * 8 + " bytes)", 2, 16, word, 0xFFF8);
            b.bits("More Fragments", (word & 1) != 0 ? "Yes" : "No", 2, 16, word, 0x0001);
            b.field("Identification", String.format(Locale.ROOT, "0x%08x", b.u32(4)), 4, 4);
        } else {
            b.field("Length", String.valueOf(b.u8(1)), 1, 1);
        }
        return b;
    }
}
