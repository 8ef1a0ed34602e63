package dev.bothways.capture.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;
import org.pcap4j.packet.ArpPacket;
import org.pcap4j.packet.Dot1qVlanTagPacket;
import org.pcap4j.packet.EthernetPacket;
import org.pcap4j.packet.LinuxSllPacket;

/** The link layers: Ethernet II, 802.1Q tags, Linux cooked v1 and v2, BSD loopback, and ARP on top of them. */
final class LinkLayers {
    static final int SLL2_LENGTH = 20;
    /** The shortest Ethernet frame, less its frame check sequence. */
    private static final int MIN_FRAME = 60;

    private LinkLayers() {
    }

    static DetailLayer ethernet(EthernetPacket packet, LayerBuilder b) {
        EthernetPacket.EthernetHeader h = packet.getHeader();
        String dst = mac(b, 0);
        String src = mac(b, 6);
        b.group("Destination", dst, 0, 6, address(b.below(0), dst));
        b.group("Source", src, 6, 6, address(b.below(6), src));
        int type = h.getType().value() & 0xFFFF;
        b.field("Type", WiresharkNames.etherTypeValue(type, h.getType().name()), 12, 2);
        return b.layer("Ethernet II", "Src: " + src + ", Dst: " + dst, h.length());
    }

    /**
     * What follows an Ethernet frame's payload, as Wireshark tells it apart: padding up to the
     * 60-byte minimum frame, then a frame check sequence when the last four bytes are the frame's
     * CRC-32, and anything else as a trailer. Offsets are from the start of the frame.
     */
    static List<DetailField> trailer(byte[] data, int start) {
        List<DetailField> fields = new ArrayList<>();
        LayerBuilder b = new LayerBuilder(data, 0);
        int end = data.length;
        int padding = Math.min(end, Math.max(start, MIN_FRAME)) - start;
        if (padding > 0) {
            b.field("Padding", b.hex(start, padding), start, padding);
        }
        int rest = end - start - padding;
        int fcs = rest >= 4 && crcMatches(data, end - 4) ? 4 : 0;
        if (rest - fcs > 0) {
            b.field("Trailer", b.hex(start + padding, rest - fcs), start + padding, rest - fcs);
        }
        if (fcs > 0) {
            b.field("Frame check sequence", String.format(Locale.ROOT, "0x%08x", b.u32(end - 4)), end - 4, 4);
        }
        fields.addAll(b.fields());
        return fields;
    }

    private static boolean crcMatches(byte[] data, int end) {
        CRC32 crc = new CRC32();
        crc.update(data, 0, end);
        long stored = (data[end] & 0xFFL) | (data[end + 1] & 0xFFL) << 8 | (data[end + 2] & 0xFFL) << 16
                | (data[end + 3] & 0xFFL) << 24;
        return crc.getValue() == stored;
    }

    /** The address and its two flag bits, under a Destination or Source line. */
    private static LayerBuilder address(LayerBuilder b, String text) {
        long oui = ((long) b.u8(0) << 16) | (b.u8(1) << 8) | b.u8(2);
        b.field("Address", text, 0, 6);
        b.bits("LG bit", (oui & 0x020000) != 0 ? "Locally administered address (this is NOT the factory default)"
                : "Globally unique address (factory default)", 0, 24, oui, 0x020000);
        b.bits("IG bit", (oui & 0x010000) != 0 ? "Group address (multicast/broadcast)"
                : "Individual address (unicast)", 0, 24, oui, 0x010000);
        return b;
    }

    static DetailLayer vlan(Dot1qVlanTagPacket packet, LayerBuilder b, String name) {
        Dot1qVlanTagPacket.Dot1qVlanTagHeader h = packet.getHeader();
        int tci = b.u16(0);
        int pcp = (h.getPriority() & 0x07);
        int dei = h.getCfi() ? 1 : 0;
        int id = h.getVidAsInt();
        b.bits("Priority", WiresharkNames.vlanPriority(pcp), 0, 16, tci, 0xE000);
        b.bits("DEI", dei == 1 ? "Eligible" : "Ineligible", 0, 16, tci, 0x1000);
        b.bits("ID", String.valueOf(id), 0, 16, tci, 0x0FFF);
        int type = h.getType().value() & 0xFFFF;
        b.field("Type", WiresharkNames.etherTypeValue(type, h.getType().name()), 2, 2);
        return b.layer(name, "PRI: " + pcp + ", DEI: " + dei + ", ID: " + id, h.length());
    }

    /** An 802.1ad service tag, laid out as an 802.1Q tag, which Wireshark shows with bare numbers. */
    static DetailLayer providerTag(Dot1qVlanTagPacket packet, LayerBuilder b) {
        Dot1qVlanTagPacket.Dot1qVlanTagHeader h = packet.getHeader();
        int tci = b.u16(0);
        int id = h.getVidAsInt();
        b.bits("Priority", String.valueOf(h.getPriority() & 0x07), 0, 16, tci, 0xE000);
        b.bits("DEI", h.getCfi() ? "1" : "0", 0, 16, tci, 0x1000);
        b.bits("ID", String.valueOf(id), 0, 16, tci, 0x0FFF);
        int type = h.getType().value() & 0xFFFF;
        b.field("Type", WiresharkNames.etherTypeValue(type, h.getType().name()), 2, 2);
        return b.layer("IEEE 802.1ad", "ID: " + id, h.length());
    }

    static DetailLayer sll(LinuxSllPacket packet, LayerBuilder b) {
        LinuxSllPacket.LinuxSllHeader h = packet.getHeader();
        b.field("Packet type", WiresharkNames.sllPacketType(h.getPacketType().value() & 0xFFFF), 0, 2);
        b.field("Link-layer address type", WiresharkNames.arphrd(h.getAddressType().value() & 0xFFFF), 2, 2);
        int length = h.getAddressLengthAsInt();
        b.field("Link-layer address length", String.valueOf(length), 4, 2);
        source(b, 6, length, 8);
        int type = h.getProtocol().value() & 0xFFFF;
        b.field("Protocol", WiresharkNames.etherTypeValue(type, h.getProtocol().name()), 14, 2);
        return b.layer("Linux cooked capture v1", "", h.length());
    }

    /** Linux cooked v2 (LINKTYPE 276), which pcap4j does not know: read here from its 20 bytes. */
    static DetailLayer sll2(LayerBuilder b) {
        int type = b.u16(0);
        b.field("Protocol", WiresharkNames.etherTypeValue(type, "Unknown"), 0, 2);
        b.field("Interface index", String.valueOf(b.u32(4)), 4, 4);
        b.field("Link-layer address type", WiresharkNames.arphrd(b.u16(8)), 8, 2);
        b.field("Packet type", WiresharkNames.sllPacketType(b.u8(10)), 10, 1);
        int length = b.u8(11);
        b.field("Link-layer address length", String.valueOf(length), 11, 1);
        source(b, 12, length, 8);
        return b.layer("Linux cooked capture v2", "", SLL2_LENGTH);
    }

    /** The link-layer source address of a cooked header and the unused rest of its {@code room} bytes. */
    private static void source(LayerBuilder b, int at, int length, int room) {
        int shown = Math.min(length, room);
        if (shown == 6) {
            b.field("Source", mac(b, at), at, 6);
        } else if (shown > 0) {
            b.field("Source", b.hex(at, shown), at, shown);
        }
        if (shown < room) {
            b.field("Unused", b.hex(at + shown, room - shown), at + shown, room - shown);
        }
    }

    /** BSD loopback (LINKTYPE 0): a 4-byte address family in the capturing host's byte order. */
    static DetailLayer loopback(LayerBuilder b) {
        long family = b.u32(0);
        if (family > 0xFFFF) {
            family = Integer.reverseBytes((int) family) & 0xFFFFFFFFL;
        }
        String name = family == 2 ? "IP" : family == 24 || family == 28 || family == 30 ? "IPv6" : "Unknown";
        b.field("Family", name + " (" + family + ")", 0, 4);
        return b.layer("Null/Loopback", "", 4);
    }

    static DetailLayer arp(ArpPacket packet, LayerBuilder b) {
        ArpPacket.ArpHeader h = packet.getHeader();
        int hardware = h.getHardwareType().value() & 0xFFFF;
        int protocol = h.getProtocolType().value() & 0xFFFF;
        int hl = h.getHardwareAddrLengthAsInt();
        int pl = h.getProtocolAddrLengthAsInt();
        int opcode = h.getOperation().value() & 0xFFFF;
        b.field("Hardware type", (hardware == 1 ? "Ethernet" : h.getHardwareType().name()) + " (" + hardware + ")", 0, 2);
        b.field("Protocol type", WiresharkNames.etherTypeValue(protocol, h.getProtocolType().name()), 2, 2);
        b.field("Hardware size", String.valueOf(hl), 4, 1);
        b.field("Protocol size", String.valueOf(pl), 5, 1);
        String operation = switch (opcode) {
            case 1 -> "request";
            case 2 -> "reply";
            default -> h.getOperation().name();
        };
        b.field("Opcode", operation + " (" + opcode + ")", 6, 2);
        if (b.available(0) < 8 + 2 * hl + 2 * pl || hl == 0 || pl == 0) {
            return b.layer("Address Resolution Protocol (" + operation + ")", "", Math.min(b.available(0), h.length()));
        }
        String senderIp = h.getSrcProtocolAddr().getHostAddress();
        String targetIp = h.getDstProtocolAddr().getHostAddress();
        b.field("Sender MAC address", hl == 6 ? mac(b, 8) : b.hex(8, hl), 8, hl);
        b.field("Sender IP address", senderIp, 8 + hl, pl);
        b.field("Target MAC address", hl == 6 ? mac(b, 8 + hl + pl) : b.hex(8 + hl + pl, hl), 8 + hl + pl, hl);
        b.field("Target IP address", targetIp, 8 + 2 * hl + pl, pl);
        boolean gratuitous = senderIp.equals(targetIp);
        return b.layer("Address Resolution Protocol (" + operation + (gratuitous ? "/gratuitous ARP" : "") + ")", "",
                h.length());
    }

    /** Six bytes from {@code at} as {@code 00:19:06:ea:b8:c1}. */
    static String mac(LayerBuilder b, int at) {
        StringBuilder text = new StringBuilder(17);
        for (int i = 0; i < 6; i++) {
            if (i > 0) {
                text.append(':');
            }
            text.append(String.format(Locale.ROOT, "%02x", b.u8(at + i)));
        }
        return text.toString();
    }
}
