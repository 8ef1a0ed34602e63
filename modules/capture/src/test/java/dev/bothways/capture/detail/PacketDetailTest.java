package dev.bothways.capture.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.capture.CorpusFiles;
import dev.bothways.model.Progress;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the detail view needs beyond tshark's text: where each field's bytes are, and which field a byte belongs to. */
class PacketDetailTest {

    private static PacketDetail lab(String host, long number) {
        Path file = CorpusFiles.labCase("firewall-pair-ecmp").orElseThrow().resolve(host + "/capture.pcapng");
        if (PacketBytes.read(file, number, Progress.NONE) instanceof PacketLookup.Found f) {
            return PacketDetail.of(f.packet());
        }
        throw new AssertionError("no packet " + number + " in " + file);
    }

    private static DetailField field(PacketDetail detail, String layer, String name) {
        return detail.layer(layer).orElseThrow().field(name).orElseThrow();
    }

    @Test
    void labSynShowsItsPortsAndFlagsAtTheirBytes() {
        // client packet 2, tcpdump -i any (Linux cooked v2, 20 bytes), then IPv4 (20 bytes), then TCP:
        // tshark -T fields -e tcp.srcport -e tcp.dstport -e tcp.flags: 40001 8080 0x0002
        PacketDetail syn = lab("client", 2);
        assertEquals(List.of("Frame 2: 80 bytes on wire (640 bits)", "Linux cooked capture v2",
                "Internet Protocol Version 4", "Transmission Control Protocol"),
                syn.layers().stream().map(DetailLayer::name).toList());
        DetailLayer tcp = syn.layer("Transmission Control Protocol").orElseThrow();
        assertEquals(40, tcp.offset());
        assertEquals(40, tcp.length());
        assertEquals(DetailField.of("Source Port", "40001", 40, 2), field(syn, "Transmission Control Protocol", "Source Port"));
        assertEquals(DetailField.of("Destination Port", "8080", 42, 2),
                field(syn, "Transmission Control Protocol", "Destination Port"));
        DetailField flags = field(syn, "Transmission Control Protocol", "Flags");
        assertEquals("Flags: 0x002 (SYN)", flags.text());
        assertEquals(52, flags.offset());
        assertEquals(2, flags.length());
        assertEquals(".... .... ..1. = Syn: Set", field(syn, "Transmission Control Protocol", "Syn").text());
        assertEquals("Time to Live: 64", field(syn, "Internet Protocol Version 4", "Time to Live").text());
        assertEquals(28, field(syn, "Internet Protocol Version 4", "Time to Live").offset());
    }

    @Test
    void byteBelongsToTheMostSpecificFieldButNotToOneBitOfIt() {
        PacketDetail syn = lab("client", 2);
        assertEquals(Optional.of("Source Port"), syn.fieldAt(41).map(DetailField::name));
        // the flags' bit lines cover the same two bytes: the byte selects the Flags line, as in Wireshark
        assertEquals(Optional.of("Flags"), syn.fieldAt(53).map(DetailField::name));
        // inside the options, the option's own Kind byte
        assertEquals(Optional.of("Kind"), syn.fieldAt(60).map(DetailField::name));
        assertEquals(Optional.of("Interface index"), syn.fieldAt(5).map(DetailField::name));
        assertEquals(Optional.empty(), syn.fieldAt(80));
    }

    @Test
    void synAckOnTheRouterShowsWhichWayItWent() {
        // r2 packet 10: tshark -T fields -e sll.pkttype -e sll.ifindex -e ip.ttl -e tcp.flags: 4 3 63 0x0012
        PacketDetail synAck = lab("r2", 10);
        assertEquals("Packet type: Sent by us (4)", field(synAck, "Linux cooked capture v2", "Packet type").text());
        assertEquals("Interface index: 3", field(synAck, "Linux cooked capture v2", "Interface index").text());
        assertEquals("Time to Live: 63", field(synAck, "Internet Protocol Version 4", "Time to Live").text());
        assertEquals("Flags: 0x012 (SYN, ACK)", field(synAck, "Transmission Control Protocol", "Flags").text());
    }

    @Test
    void icmpErrorShowsTheQuotedTcpHeaderInsideIt() {
        // packet 26: tshark shows the quoted IPv4 and TCP headers as lines of the ICMP layer
        Path file = CorpusFiles.pcap("zeek-smtp-icmp-frag-needed.pcap");
        PacketDetail detail = PacketDetail.of(((PacketLookup.Found) PacketBytes.read(file, 26, Progress.NONE)).packet());
        DetailLayer icmp = detail.layer("Internet Control Message Protocol").orElseThrow();
        assertEquals(List.of("Type: 3 (Destination unreachable)", "Code: 4 (Fragmentation needed)", "Checksum: 0xc94e",
                        "Unused: 0000", "MTU of next hop: 1492",
                        "Internet Protocol Version 4, Src: 10.10.1.4, Dst: 74.53.140.153",
                        "Transmission Control Protocol, Src Port: 1470, Dst Port: 25, Seq: 2126795847, Ack: 2934727550"),
                icmp.fields().stream().map(DetailField::text).toList());
        DetailField quotedTcp = icmp.fields().get(6);
        assertEquals(14 + 20 + 8 + 20, quotedTcp.offset());
    }
}
