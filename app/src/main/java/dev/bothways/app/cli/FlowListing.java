package dev.bothways.app.cli;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.flow.CommunityId;
import dev.bothways.capture.flow.Flow;
import dev.bothways.capture.flow.FlowTable;
import dev.bothways.capture.flow.IcmpError;
import dev.bothways.capture.flow.TcpSummary;
import dev.bothways.model.Addresses;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Protocol;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A capture's flows as a text table, a row a flow, in the columns of tshark's conversation table
 * plus the TCP state. Written as bytes straight to the stream: a big capture has a hundred
 * thousand rows.
 */
final class FlowListing {
    /** The texts of 0 to 255, an IPv4 address's octets. */
    private static final byte[][] OCTETS = new byte[256][];
    private static final byte[] DOT = {'.'};

    static {
        for (int i = 0; i < OCTETS.length; i++) {
            OCTETS[i] = Integer.toString(i).getBytes(StandardCharsets.US_ASCII);
        }
    }

    private static final int IPV4_WIDTH = "255.255.255.255:65535".length();

    private final String file;
    private final FlowTable table;
    /** IPv6 addresses' texts: the same hosts recur across thousands of flows. */
    private final Map<InetAddress, String> ipv6Texts = new HashMap<>();

    FlowListing(String file, FlowTable table) {
        this.file = file;
        this.table = table;
    }

    void print(OutputStream stream) throws IOException {
        List<Flow> flows = table.flows();
        AsciiWriter out = new AsciiWriter(stream);
        out.text(file).text(": ").text(table.format().label()).text(", ").number(table.packets())
                .text(table.packets() == 1 ? " packet, " : " packets, ").number(flows.size())
                .text(flows.size() == 1 ? " flow" : " flows").newline();
        // The endpoint columns are as wide as the widest endpoint. No IPv4 endpoint is wider than
        // 255.255.255.255:65535, the columns' least width; with IPv6 a first pass finds it.
        int width = IPV4_WIDTH;
        if (!table.ipv4Only()) {
            for (Flow flow : flows) {
                FiveTuple t = flow.tuple();
                width = Math.max(width, Math.max(endpointLength(t, t.source(), t.sourcePort()),
                        endpointLength(t, t.destination(), t.destinationPort())));
            }
        }
        if (!flows.isEmpty()) {
            out.left("proto", 6).text(" ").left("A (client)", width).text("     ").left("B (server)", width).text(" ")
                    .right("A->B pkts", 9).text(" ").right("bytes", 12).text(" ").right("B->A pkts", 9).text(" ")
                    .right("bytes", 12).text(" ").right("rel. start", 14).text(" ").right("duration", 10).text("  ")
                    .text("state").newline();
        }
        rows(flows, width, out);
        for (CaptureDiagnostic d : table.diagnostics()) {
            out.text("  ").text(file).text(d.packet() > 0 ? ": packet " + d.packet() : "")
                    .text(" (byte " + d.offset() + "): " + d.severity().label() + ": " + d.message()).newline();
        }
        out.flush();
    }

    /**
     * The table's rows. A method of its own, so that the compiler's versions of the loop (one for
     * the running loop, another for a next call that never comes) are small.
     */
    private void rows(List<Flow> flows, int width, AsciiWriter out) throws IOException {
        for (Flow f : flows) {
            row(f, width, out);
        }
    }

    private void row(Flow f, int width, AsciiWriter out) throws IOException {
        FiveTuple t = f.tuple();
        out.left(t.protocol().label(), 6).text(" ");
        endpoint(t, t.source(), t.sourcePort(), width, out).text(" <-> ");
        endpoint(t, t.destination(), t.destinationPort(), width, out).text(" ")
                .right(f.forward().packets(), 9).text(" ").right(f.forward().bytes(), 12).text(" ")
                .right(f.reverse().packets(), 9).text(" ").right(f.reverse().bytes(), 12).text(" ")
                .seconds(f.startNanos() - table.firstPacketNanos(), 6, 14).text(" ")
                .seconds(f.endNanos() - f.startNanos(), 4, 10).text("  ");
        if (f.tcp().isPresent()) {
            tcpText(f.tcp().get(), out);
        }
        if (icmp(t)) {
            int type = f.tuple().sourcePort();
            int answer = CommunityId.counterpart(f.ipProtocol(), type);
            out.text("type ").number(type);
            if (answer >= 0) {
                out.text(" (answered by ").number(answer).text(")");
            } else {
                out.text(" code ").number(f.tuple().destinationPort());
            }
        }
        if (!f.icmpErrors().isEmpty()) {
            IcmpError first = f.icmpErrors().get(0);
            out.text(" icmp: ").number(f.icmpErrors().size()).text("x ").text(first.label())
                    .text(" from ").text(Addresses.format(first.reporter()));
        }
        out.newline();
    }

    /**
     * An endpoint as the listing shows it, padded to {@code width}: ICMP has no ports (the tuple
     * holds type and code, shown in the last column), IPv6 addresses go in brackets.
     */
    private AsciiWriter endpoint(FiveTuple t, InetAddress address, int port, int width, AsciiWriter out) throws IOException {
        long start = out.written();
        boolean v6 = address instanceof Inet6Address;
        out.text(v6 && !icmp(t) ? "[" : "");
        address(address, out);
        if (!icmp(t)) {
            out.text(v6 ? "]:" : ":").number(port);
        }
        return out.spaces(width - (int) (out.written() - start));
    }

    private int endpointLength(FiveTuple t, InetAddress address, int port) {
        int length = addressLength(address);
        return icmp(t) ? length : length + (address instanceof Inet6Address ? 3 : 1) + (port < 10 ? 1 : port < 100 ? 2
                : port < 1000 ? 3 : port < 10000 ? 4 : 5);
    }

    /**
     * Writes an address as {@link Addresses#format} does. An IPv4 address is written octet by
     * octet, with no string at all; an IPv6 address's text is worked out once per address.
     */
    private void address(InetAddress address, AsciiWriter out) throws IOException {
        if (address instanceof Inet4Address) {
            byte[] octets = address.getAddress();
            out.bytes(OCTETS[octets[0] & 0xFF]).bytes(DOT).bytes(OCTETS[octets[1] & 0xFF]).bytes(DOT)
                    .bytes(OCTETS[octets[2] & 0xFF]).bytes(DOT).bytes(OCTETS[octets[3] & 0xFF]);
        } else {
            out.text(ipv6Text(address));
        }
    }

    private int addressLength(InetAddress address) {
        if (address instanceof Inet4Address) {
            int length = 3;
            for (byte octet : address.getAddress()) {
                length += OCTETS[octet & 0xFF].length;
            }
            return length;
        }
        return ipv6Text(address).length();
    }

    private String ipv6Text(InetAddress address) {
        return ipv6Texts.computeIfAbsent(address, Addresses::format);
    }

    private static boolean icmp(FiveTuple t) {
        return t.protocol() == Protocol.ICMP || t.protocol() == Protocol.ICMPV6;
    }

    private static void tcpText(TcpSummary t, AsciiWriter out) throws IOException {
        out.text(t.connState().name()).text(" syn=").number(t.syn()).text(" syn-ack=").number(t.synAck());
        if (t.handshakeAck()) {
            out.text(" ack");
        }
        if (t.rst() > 0) {
            out.text(" rst=").number(t.rst());
        }
        if (t.fin() > 0) {
            out.text(" fin=").number(t.fin());
        }
        if (t.retransmissions() > 0) {
            out.text(" retrans=").number(t.retransmissions());
        }
    }
}
