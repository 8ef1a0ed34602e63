package dev.bothways.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.flow.CommunityId;
import dev.bothways.capture.flow.Flow;
import dev.bothways.capture.flow.FlowIndexer;
import dev.bothways.capture.flow.FlowTable;
import dev.bothways.capture.flow.TcpSummary;
import dev.bothways.capture.read.CaptureFormat;
import dev.bothways.model.Addresses;
import dev.bothways.model.Progress;
import dev.bothways.model.Protocol;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "flows", description = "List the flows of a pcap/pcapng capture with packets and bytes per direction, "
        + "time span and TCP handshake state (the work of tshark -q -z conv,tcp).")
final class FlowsCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CAPTURE")
    Path file;

    @Option(names = "--json", description = "print JSON: {file, packets, flows, diagnostics}")
    boolean json;

    record Report(String file, String format, long packets, long bytes, List<FlowRow> flows, List<Problem> diagnostics) {
    }

    /** {@code a} is the client (for TCP the side that sent the first SYN), {@code b} the server. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record FlowRow(String protocol, String a, String b, String communityId, long packetsAToB, long bytesAToB,
                   long packetsBToA, long bytesBToA, String start, String end, long firstPacket, long lastPacket,
                   Tcp tcp, List<IcmpErrorRow> icmpErrors) {
    }

    /** An ICMP error quoting one of the flow's packets: who sent it and what it says. */
    record IcmpErrorRow(long packet, String from, int type, int code, int mtu, String label) {
    }

    record Tcp(long syn, long synAck, boolean ack, long rst, long fin, long retransmissions, String connState) {
    }

    record Problem(long packet, long offset, String severity, String message) {
    }

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            System.err.println("bothways: " + file + ": " + (Files.exists(file) ? "not a file" : "no such file"));
            return 2;
        }
        FlowTable table = FlowIndexer.index(file, Progress.NONE);
        Report report = report(table, json);
        // One buffered stream, flushed once: tens of thousands of flows print in one go.
        PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
        if (json) {
            Json.MAPPER.writeValue(new NonClosing(out), report);
            out.println();
        } else {
            print(table, report, out);
        }
        out.flush();
        return table.format() == CaptureFormat.UNREADABLE ? 1 : 0;
    }

    private Report report(FlowTable table, boolean withCommunityIds) {
        List<FlowRow> rows = table.flows().stream().map(f -> row(f, withCommunityIds)).toList();
        List<Problem> problems = table.diagnostics().stream()
                .map(d -> new Problem(d.packet(), d.offset(), d.severity().label(), d.message())).toList();
        return new Report(file.toString(), table.format().label(), table.packets(), table.bytes(), rows, problems);
    }

    /** A flow as printed; the Community ID (a SHA-1 per flow) and instants only for JSON. */
    private static FlowRow row(Flow f, boolean forJson) {
        Tcp tcp = f.tcp().map(FlowsCommand::tcp).orElse(null);
        return new FlowRow(f.tuple().protocol().label(),
                endpoint(f.tuple().source(), f.tuple().sourcePort()),
                endpoint(f.tuple().destination(), f.tuple().destinationPort()),
                forJson ? f.communityId() : null, f.forward().packets(), f.forward().bytes(), f.reverse().packets(), f.reverse().bytes(),
                forJson ? instant(f.startNanos()) : null, forJson ? instant(f.endNanos()) : null, f.first().number(), f.last().number(), tcp,
                f.icmpErrors().stream().map(e -> new IcmpErrorRow(e.packet().number(), Addresses.format(e.reporter()),
                        e.type(), e.code(), e.mtu(), e.label())).toList());
    }

    private static Tcp tcp(TcpSummary t) {
        return new Tcp(t.syn(), t.synAck(), t.handshakeAck(), t.rst(), t.fin(), t.retransmissions(), t.connState().name());
    }

    private static String endpoint(InetAddress address, int port) {
        // Inet4Address already prints a canonical dotted quad; IPv6 needs the RFC 5952 form.
        return address instanceof Inet6Address ? "[" + Addresses.format(address) + "]:" + port
                : address.getHostAddress() + ":" + port;
    }

    /** Lets Jackson write to the shared stream without closing it. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }

    private static String instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L)).toString();
    }

    private static void print(FlowTable table, Report report, PrintStream out) {
        out.printf("%s: %s, %d packets, %d flows%n", report.file(), report.format(), report.packets(), report.flows().size());
        int width = 21;
        for (FlowRow r : report.flows()) {
            width = Math.max(width, Math.max(r.a().length(), r.b().length()));
        }
        String header = "%-6s %-" + width + "s     %-" + width + "s %9s %12s %9s %12s %14s %10s  %s%n";
        if (!report.flows().isEmpty()) {
            out.printf(Locale.ROOT, header, "proto", "A (client)", "B (server)", "A->B pkts", "bytes", "B->A pkts", "bytes",
                    "rel. start", "duration", "state");
        }
        long origin = table.flows().stream().mapToLong(Flow::startNanos).min().orElse(0);
        // Built by hand rather than with printf: a capture can hold hundreds of thousands of flows.
        StringBuilder line = new StringBuilder(256);
        for (int i = 0; i < table.flows().size(); i++) {
            Flow f = table.flows().get(i);
            FlowRow r = report.flows().get(i);
            line.setLength(0);
            left(line, r.protocol(), 6).append(' ');
            boolean icmp = f.tuple().protocol() == Protocol.ICMP || f.tuple().protocol() == Protocol.ICMPV6;
            // ICMP has no ports: the tuple holds type and code (or the answering type), shown in the last column.
            left(line, icmp ? address(f.tuple().source()) : r.a(), width).append(" <-> ");
            left(line, icmp ? address(f.tuple().destination()) : r.b(), width).append(' ');
            right(line, Long.toString(r.packetsAToB()), 9).append(' ');
            right(line, Long.toString(r.bytesAToB()), 12).append(' ');
            right(line, Long.toString(r.packetsBToA()), 9).append(' ');
            right(line, Long.toString(r.bytesBToA()), 12).append(' ');
            right(line, decimal(f.startNanos() - origin, 6), 14).append(' ');
            right(line, decimal(f.endNanos() - f.startNanos(), 4), 10).append("  ");
            if (r.tcp() != null) {
                line.append(tcpText(r.tcp()));
            }
            if (icmp) {
                int type = f.tuple().sourcePort();
                int answer = CommunityId.counterpart(f.ipProtocol(), type);
                line.append("type ").append(type).append(answer >= 0 ? " (answered by " + answer + ")"
                        : " code " + f.tuple().destinationPort());
            }
            if (!r.icmpErrors().isEmpty()) {
                line.append(" icmp: ").append(r.icmpErrors().size()).append("x ").append(r.icmpErrors().get(0).label())
                        .append(" from ").append(r.icmpErrors().get(0).from());
            }
            out.append(line).append(System.lineSeparator());
        }
        for (CaptureDiagnostic d : table.diagnostics()) {
            out.println("  " + report.file() + (d.packet() > 0 ? ": packet " + d.packet() : "") + " (byte " + d.offset() + "): "
                    + d.severity().label() + ": " + d.message());
        }
    }

    private static String address(InetAddress address) {
        return address instanceof Inet6Address ? Addresses.format(address) : address.getHostAddress();
    }

    private static StringBuilder left(StringBuilder sb, String text, int width) {
        sb.append(text);
        for (int i = text.length(); i < width; i++) {
            sb.append(' ');
        }
        return sb;
    }

    private static StringBuilder right(StringBuilder sb, String text, int width) {
        for (int i = text.length(); i < width; i++) {
            sb.append(' ');
        }
        return sb.append(text);
    }

    /** Seconds with {@code places} decimals (truncated) from nanoseconds. */
    private static String decimal(long nanos, int places) {
        long unit = 1;
        for (int i = places; i < 9; i++) {
            unit *= 10;
        }
        long scaled = Math.floorDiv(nanos, unit);
        long whole = 1;
        for (int i = 0; i < places; i++) {
            whole *= 10;
        }
        String fraction = Long.toString(Math.floorMod(scaled, whole));
        return Math.floorDiv(scaled, whole) + "." + "0".repeat(places - fraction.length()) + fraction;
    }

    private static String tcpText(Tcp t) {
        return t.connState() + " syn=" + t.syn() + " syn-ack=" + t.synAck() + (t.ack() ? " ack" : "")
                + (t.rst() > 0 ? " rst=" + t.rst() : "") + (t.fin() > 0 ? " fin=" + t.fin() : "")
                + (t.retransmissions() > 0 ? " retrans=" + t.retransmissions() : "");
    }
}
