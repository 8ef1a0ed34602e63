package dev.bothways.capture.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.bothways.capture.CorpusFiles;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The detail tree and hex dump of real packets against what tshark 4.0 shows for the same
 * packets (committed expectations, see {@code tshark/detail/make-expectations.sh}): every line the
 * tree shows must be tshark's line for that field, word for word, and tshark's lines for the fields
 * shown (by name and depth) must be those, in the same order; the layers must be tshark's down to the transport (or ICMP) layer; and the hex dump must
 * be tshark's.
 */
class PacketDetailTsharkTest {
    /** Lines Bothways adds that tshark has no line for, or puts elsewhere. */
    private static final Set<String> BOTHWAYS_ONLY = Set.of("Link type", "Interface name");
    private static final Set<String> TRANSPORT = Set.of("Transmission Control Protocol", "User Datagram Protocol",
            "Internet Control Message Protocol", "Internet Control Message Protocol v6",
            "Address Resolution Protocol");

    @ParameterizedTest
    @ValueSource(strings = {
        "pcapplusplus-syn-rst.pcap.1.txt", "pcapplusplus-syn-rst.pcap.2.txt",
        "tcpdump-tcp-handshake-nano-sll.pcap.2.txt", "zeek-linux-sll2-lo.pcap.3.txt",
        "zeek-icmp-dot1q-vlan123.pcap.5.txt", "zeek-vlan-pcp-dei-duplicates.pcapng.1.txt",
        "zeek-ipv6-tcp-handshake.pcap.2.txt", "zeek-pcapng-two-interfaces.pcapng.1.txt",
        "zeek-icmp-port-unreachable.pcap.1.txt", "zeek-icmp-time-exceeded.pcap.1.txt",
        "zeek-smtp-icmp-frag-needed.pcap.26.txt", "zeek-icmp6-packet-too-big.pcap.1.txt",
        "tcpdump-icmpv6.pcap.2.txt", "tcpdump-8021ad-qinq-arp.pcap.1.txt", "zeek-icmp-dot1q-vlan123.pcap.1.txt",
        "firewall-pair-ecmp-client.2.txt", "firewall-pair-ecmp-server.4.txt", "firewall-pair-ecmp-r2.10.txt",
        "mtu-blackhole-server.6.txt",
    })
    void detailShowsWhatTsharkShows(String expectation) throws IOException {
        TsharkDetail tshark = TsharkDetail.load(expectation);
        PacketDetail detail = PacketDetail.of(read(tshark));

        int down = downToTransport(tshark);
        assertEquals(names(tshark.layers().subList(0, down)),
                detail.layers().stream().limit(down).map(DetailLayer::name).toList(), expectation + ": layers");
        for (int i = 0; i < Math.min(tshark.layers().size(), detail.layers().size()); i++) {
            TsharkDetail.Layer theirs = tshark.layers().get(i);
            DetailLayer ours = detail.layers().get(i);
            if (!theirs.name().equals(ours.name())) {
                continue;
            }
            List<String> shown = lines(ours.fields(), 0);
            assertFalse(shown.isEmpty(), expectation + ": " + ours.name() + " shows no fields");
            Set<String> named = shown.stream().map(PacketDetailTsharkTest::depthAndName).collect(Collectors.toSet());
            List<String> expected = theirs.lines().stream().map(l -> "  ".repeat(l.depth()) + l.text())
                    .filter(l -> named.contains(depthAndName(l))).toList();
            assertEquals(String.join("\n", expected), String.join("\n", shown), expectation + ": " + ours.name());
        }
        assertEquals(tshark.hex(), detail.hex().lines(), expectation + ": hex dump");
    }

    /** "2 Length" for a line "    Length: 2": its depth and the name of its field, which the two trees must share. */
    private static String depthAndName(String indented) {
        String text = indented.stripLeading();
        return (indented.length() - text.length()) / 2 + " " + TsharkDetail.nameOf(text);
    }

    /** How many of tshark's layers lead down to the first transport or ICMP layer, that one included. */
    private static int downToTransport(TsharkDetail tshark) {
        for (int i = 0; i < tshark.layers().size(); i++) {
            if (TRANSPORT.contains(tshark.layers().get(i).name().replaceAll(" \\(.*", ""))) {
                return i + 1;
            }
        }
        return tshark.layers().size();
    }

    private static List<String> names(List<TsharkDetail.Layer> layers) {
        return layers.stream().map(TsharkDetail.Layer::name).toList();
    }

    private static List<String> lines(List<DetailField> fields, int depth) {
        List<String> out = new ArrayList<>();
        for (DetailField f : fields) {
            if (BOTHWAYS_ONLY.contains(f.name())) {
                continue;
            }
            out.add("  ".repeat(depth) + f.text());
            out.addAll(lines(f.children(), depth + 1));
        }
        return out;
    }

    private static PacketBytes read(TsharkDetail tshark) {
        Path file;
        if (tshark.source().startsWith("corpus/")) {
            file = CorpusFiles.corpus().resolve(tshark.source().substring("corpus/".length()));
        } else {
            String rest = tshark.source().substring("samples/cases/".length());
            String caseName = rest.substring(0, rest.indexOf('/'));
            var folder = CorpusFiles.labCase(caseName);
            Assumptions.assumeTrue(folder.isPresent(), "this checkout has no lab case " + caseName);
            file = folder.get().resolve(rest.substring(caseName.length() + 1));
        }
        PacketLookup lookup = PacketBytes.read(file, tshark.number(), Progress.NONE);
        if (lookup instanceof PacketLookup.Found found) {
            return found.packet();
        }
        throw new AssertionError(lookup);
    }
}
