package dev.bothways.capture.detail;

import dev.bothways.capture.read.LinkType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.pcap4j.packet.ArpPacket;
import org.pcap4j.packet.DnsPacket;
import org.pcap4j.packet.Dot1qVlanTagPacket;
import org.pcap4j.packet.EthernetPacket;
import org.pcap4j.packet.IcmpV4CommonPacket;
import org.pcap4j.packet.IcmpV6CommonPacket;
import org.pcap4j.packet.IllegalPacket;
import org.pcap4j.packet.IllegalRawDataException;
import org.pcap4j.packet.IpSelector;
import org.pcap4j.packet.IpV4Packet;
import org.pcap4j.packet.IpV6Packet;
import org.pcap4j.packet.LinuxSllPacket;
import org.pcap4j.packet.Packet;
import org.pcap4j.packet.TcpPacket;
import org.pcap4j.packet.UdpPacket;
import org.pcap4j.packet.UnknownPacket;
import org.pcap4j.packet.factory.PacketFactories;
import org.pcap4j.packet.namednumber.DataLinkType;
import org.pcap4j.packet.namednumber.EtherType;

/**
 * Takes one packet apart into layers, from the frame down: pcap4j decodes each header, and each
 * layer is written out with the byte range of every field. Link types pcap4j lacks (Linux cooked
 * v2, BSD loopback) are read here as far as their network layer, which pcap4j then takes. What
 * cannot be decoded becomes a "Data" or "Malformed" layer over its bytes; nothing throws.
 */
final class Dissector {
    private static final int MAX_LAYERS = 24;
    private static final int ETHERTYPE_8021AD = 0x88A8;
    private static final DateTimeFormatter ARRIVAL = DateTimeFormatter.ofPattern("MMM ppd, yyyy HH:mm:ss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final byte[] data;
    private final List<DetailLayer> layers = new ArrayList<>();
    private final boolean quoted;
    /** The protocol the last header said comes next, for naming what pcap4j could not decode. */
    private String expected = "";
    private int expectedIpProtocol = -1;
    private int expectedEtherType = -1;
    /** The last Ethernet or 802.1Q layer, which gets the frame's padding and trailer; -1 without one. */
    private int linkLayer = -1;
    /** Where the Ethernet frame's payload ends and its padding starts; -1 without an Ethernet frame. */
    private int trailerAt = -1;

    private Dissector(byte[] data, boolean quoted) {
        this.data = data;
        this.quoted = quoted;
    }

    static List<DetailLayer> dissect(PacketBytes packet) {
        Dissector d = new Dissector(packet.data(), false);
        d.layers.add(frame(packet, d.data));
        d.link(packet.linkType());
        return List.copyOf(d.layers);
    }

    private void link(int linkType) {
        int length = data.length;
        if (length == 0) {
            return;
        }
        switch (linkType) {
            case 1 -> {
                expected = "Ethernet";
                decode(0, () -> PacketFactories.getFactory(Packet.class, DataLinkType.class)
                        .newInstance(data, 0, length, DataLinkType.EN10MB));
                if (linkLayer >= 0 && trailerAt >= 0 && trailerAt < length) {
                    DetailLayer last = layers.get(linkLayer);
                    List<DetailField> fields = new ArrayList<>(last.fields());
                    fields.addAll(LinkLayers.trailer(data, trailerAt));
                    layers.set(linkLayer, new DetailLayer(last.name(), last.summary(), last.offset(), last.length(), fields));
                }
            }
            case 113 -> {
                expected = "Linux cooked capture v1";
                decode(0, () -> PacketFactories.getFactory(Packet.class, DataLinkType.class)
                        .newInstance(data, 0, length, DataLinkType.LINUX_SLL));
            }
            case 276 -> {
                if (length < LinkLayers.SLL2_LENGTH) {
                    malformed("Linux cooked capture v2", 0);
                    return;
                }
                DetailLayer sll2 = LinkLayers.sll2(new LayerBuilder(data, 0));
                layers.add(sll2);
                int type = ((data[0] & 0xFF) << 8) | (data[1] & 0xFF);
                etherType(type, LinkLayers.SLL2_LENGTH);
            }
            case 0 -> {
                if (length < 4) {
                    malformed("Null/Loopback", 0);
                    return;
                }
                layers.add(LinkLayers.loopback(new LayerBuilder(data, 0)));
                ip(4);
            }
            case 12, 14, 101, 228, 229 -> ip(0);
            default -> {
                expected = LinkType.describe(linkType);
                unknown(0, "Bothways does not decode " + LinkType.describe(linkType));
            }
        }
    }

    /** What follows a link header that names its payload by EtherType. */
    private void etherType(int type, int at) {
        expectEtherType(type);
        if (at >= data.length) {
            return;
        }
        decode(at, () -> PacketFactories.getFactory(Packet.class, EtherType.class)
                .newInstance(data, at, data.length - at, EtherType.getInstance((short) type)));
    }

    /** Raw IPv4 or IPv6, told apart by the version nibble. */
    private void ip(int at) {
        expected = "IP";
        if (at >= data.length) {
            return;
        }
        decode(at, () -> IpSelector.newPacket(data, at, data.length - at));
    }

    /** A call into pcap4j that decodes a packet from the frame's bytes. */
    @FunctionalInterface
    interface Pcap4jCall {
        Packet decode() throws IllegalRawDataException;
    }

    /**
     * Decodes with pcap4j from {@code at} and walks what it gives. pcap4j reports most bad bytes as
     * an {@link IllegalPacket}, but some decoders of its (an ICMPv6 home agent reply cut short, an
     * empty array) throw instead: those become a malformed layer too.
     */
    private void decode(int at, Pcap4jCall call) {
        Optional<Packet> packet = pcap4j(call);
        if (packet.isPresent()) {
            walk(packet.get(), at);
        } else {
            malformed(expected, at);
        }
    }

    /** What pcap4j decodes, or empty when it rejects or trips over the bytes. */
    static Optional<Packet> pcap4j(Pcap4jCall call) {
        try {
            return Optional.of(call.decode());
        } catch (IllegalRawDataException | IndexOutOfBoundsException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Each decoded header in turn, from {@code packet} at {@code start} in the frame. */
    private void walk(@Nullable Packet packet, int start) {
        Packet p = packet;
        int at = start;
        while (p != null && at < data.length) {
            if (layers.size() >= MAX_LAYERS) {
                unknown(at, "more than " + MAX_LAYERS + " layers: the rest is shown as bytes");
                return;
            }
            LayerBuilder b = new LayerBuilder(data, at);
            switch (p) {
                case EthernetPacket e -> {
                    layers.add(LinkLayers.ethernet(e, b));
                    linkLayer = layers.size() - 1;
                    trailerAt = at + e.length() - e.getPad().length;
                    expectEtherType(e.getHeader().getType().value() & 0xFFFF);
                }
                case Dot1qVlanTagPacket v -> {
                    boolean provider = expectedEtherType == ETHERTYPE_8021AD;
                    layers.add(provider ? LinkLayers.providerTag(v, b) : LinkLayers.vlan(v, b, "802.1Q Virtual LAN"));
                    linkLayer = layers.size() - 1;
                    expectEtherType(v.getHeader().getType().value() & 0xFFFF);
                }
                case LinuxSllPacket s -> {
                    layers.add(LinkLayers.sll(s, b));
                    expectEtherType(s.getHeader().getProtocol().value() & 0xFFFF);
                }
                case IpV4Packet ip -> {
                    layers.add(IpLayers.ipv4(ip, b));
                    expectIp(ip.getHeader().getProtocol().value() & 0xFF);
                }
                case IpV6Packet ip -> {
                    IpLayers.V6 v6 = IpLayers.ipv6(ip, b);
                    layers.add(v6.layer());
                    expectIp(v6.nextHeader());
                    p = v6.next();
                    at += v6.length();
                    continue;
                }
                case TcpPacket tcp -> {
                    layers.add(TransportLayers.tcp(tcp, b, quoted));
                    if (!quoted) {
                        payload(tcp.getPayload(), at + tcp.getHeader().length());
                    }
                    return;
                }
                case UdpPacket udp -> {
                    layers.add(TransportLayers.udp(udp, b));
                    if (udp.getPayload() instanceof DnsPacket dns && !quoted) {
                        layers.add(TransportLayers.dns(dns, new LayerBuilder(data, at + 8)));
                    } else if (!quoted) {
                        payload(udp.getPayload(), at + 8);
                    }
                    return;
                }
                case IcmpV4CommonPacket icmp -> {
                    layers.add(IcmpLayers.icmp(icmp, b, quoted ? null : this::quote));
                    return;
                }
                case IcmpV6CommonPacket icmp -> {
                    layers.add(IcmpLayers.icmp6(icmp, b, quoted ? null : this::quote));
                    return;
                }
                case ArpPacket arp -> {
                    layers.add(LinkLayers.arp(arp, b));
                    return;
                }
                case IllegalPacket bad -> {
                    if (expectedIpProtocol == 6 && quoted && b.available(0) >= 4) {
                        layers.add(TransportLayers.partialTcp(b, Math.min(b.available(0), 20)));
                    } else {
                        malformed(expected, at);
                    }
                    return;
                }
                case UnknownPacket unknown when expectedEtherType == ETHERTYPE_8021AD && b.available(0) >= 4 -> {
                    // pcap4j 1.8 does not know the 802.1ad tag, which is laid out as an 802.1Q one
                    Optional<Packet> tag = pcap4j(() -> Dot1qVlanTagPacket.newPacket(data, b.base(), data.length - b.base()));
                    if (tag.isEmpty()) {
                        malformed(expected, at);
                        return;
                    }
                    p = tag.get();
                    continue;
                }
                case UnknownPacket unknown -> {
                    if (!quoted) {
                        data(at, unknown.length());
                    }
                    return;
                }
                default -> {
                    unknown(at, "pcap4j decodes it as " + p.getClass().getSimpleName().replace("Packet", "")
                            + "; Bothways shows its bytes");
                    return;
                }
            }
            if (p.getHeader() == null) {
                return;
            }
            at += p.getHeader().length();
            p = p.getPayload();
        }
    }

    private void expectEtherType(int type) {
        expectedEtherType = type;
        expected = WiresharkNames.etherType(type, String.format(Locale.ROOT, "EtherType 0x%04x", type));
    }

    private void expectIp(int protocol) {
        expectedIpProtocol = protocol;
        expected = WiresharkNames.ipProtocol(protocol, "IP protocol " + protocol);
    }

    /**
     * The packet an ICMP error quotes, its {@code length} bytes from {@code at}: decoded on its own,
     * its layers shown inside the ICMP layer.
     */
    private List<DetailLayer> quote(int at, int length) {
        Dissector inner = new Dissector(java.util.Arrays.copyOf(data, Math.min(data.length, at + length)), true);
        inner.ip(at);
        return inner.layers;
    }

    /** What a transport header carries: a Data layer, unless it is empty. */
    private void payload(@Nullable Packet payload, int at) {
        if (payload != null && payload.length() > 0) {
            data(at, payload.length());
        }
    }

    private void data(int at, int length) {
        int n = Math.min(length, data.length - at);
        if (n <= 0) {
            return;
        }
        LayerBuilder b = new LayerBuilder(data, at);
        b.field("Data", b.hex(0, n), 0, n);
        layers.add(b.layer("Data (" + n + " byte" + (n == 1 ? "" : "s") + ")", "", n));
    }

    /** The rest of the packet as bytes, with why it was not decoded. */
    private void unknown(int at, String why) {
        int n = data.length - at;
        if (n <= 0) {
            return;
        }
        LayerBuilder b = new LayerBuilder(data, at);
        b.field("Data", b.hex(0, n), 0, n);
        layers.add(b.layer("Data (" + n + " byte" + (n == 1 ? "" : "s") + ")", why, n));
    }

    private void malformed(String protocol, int at) {
        int n = data.length - at;
        LayerBuilder b = new LayerBuilder(data, at);
        if (n > 0) {
            b.field("Data", b.hex(0, n), 0, n);
        }
        String what = protocol.isEmpty() ? "the next header" : protocol;
        layers.add(b.layer("[Malformed Packet: " + what + "]",
                n + " byte" + (n == 1 ? "" : "s") + " too few or too odd to be " + what, Math.max(0, n)));
    }

    static DetailLayer frame(PacketBytes packet, byte[] data) {
        LayerBuilder b = new LayerBuilder(data, 0);
        long nanos = packet.timestampNanos();
        long seconds = Math.floorDiv(nanos, 1_000_000_000L);
        long fraction = Math.floorMod(nanos, 1_000_000_000L);
        b.field("Link type", LinkType.describe(packet.linkType()), 0, 0);
        packet.interfaceName().ifPresent(name -> b.field("Interface name", name, 0, 0));
        b.field("Arrival Time", ARRIVAL.format(Instant.ofEpochSecond(seconds))
                + String.format(Locale.ROOT, ".%09d UTC", fraction), 0, 0);
        b.field("Epoch Time", String.format(Locale.ROOT, "%d.%09d seconds", seconds, fraction), 0, 0);
        b.field("Frame Number", String.valueOf(packet.number()), 0, 0);
        b.field("Frame Length", bytes(packet.originalLength()), 0, 0);
        b.field("Capture Length", bytes(packet.length()), 0, 0);
        return b.layer("Frame " + packet.number() + ": " + packet.originalLength() + " bytes on wire ("
                        + packet.originalLength() * 8L + " bits)",
                packet.length() + " bytes captured (" + packet.length() * 8L + " bits)"
                        + packet.interfaceName().map(n -> " on interface " + n).orElse(""), data.length);
    }

    private static String bytes(int n) {
        return n + " bytes (" + n * 8L + " bits)";
    }
}
