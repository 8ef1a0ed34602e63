package dev.bothways.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.flow.Flow;
import dev.bothways.capture.flow.FlowIndexer;
import dev.bothways.capture.flow.FlowTable;
import dev.bothways.capture.flow.TcpSummary;
import dev.bothways.capture.read.CaptureFormat;
import dev.bothways.model.Addresses;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.net.Inet6Address;
import java.net.InetAddress;
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
        Report report = report(table);
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(report));
        } else {
            print(table, report, System.out);
        }
        return table.format() == CaptureFormat.UNREADABLE ? 1 : 0;
    }

    private Report report(FlowTable table) {
        List<FlowRow> rows = table.flows().stream().map(FlowsCommand::row).toList();
        List<Problem> problems = table.diagnostics().stream()
                .map(d -> new Problem(d.packet(), d.offset(), d.severity().label(), d.message())).toList();
        return new Report(file.toString(), table.format().label(), table.packets(), table.bytes(), rows, problems);
    }

    private static FlowRow row(Flow f) {
        Tcp tcp = f.tcp().map(FlowsCommand::tcp).orElse(null);
        return new FlowRow(f.tuple().protocol().label(),
                endpoint(f.tuple().source(), f.tuple().sourcePort()),
                endpoint(f.tuple().destination(), f.tuple().destinationPort()),
                f.communityId(), f.forward().packets(), f.forward().bytes(), f.reverse().packets(), f.reverse().bytes(),
                instant(f.startNanos()), instant(f.endNanos()), f.first().number(), f.last().number(), tcp,
                f.icmpErrors().stream().map(e -> new IcmpErrorRow(e.packet().number(), Addresses.format(e.reporter()),
                        e.type(), e.code(), e.mtu(), e.label())).toList());
    }

    private static Tcp tcp(TcpSummary t) {
        return new Tcp(t.syn(), t.synAck(), t.handshakeAck(), t.rst(), t.fin(), t.retransmissions(), t.connState().name());
    }

    private static String endpoint(InetAddress address, int port) {
        String text = Addresses.format(address);
        return (address instanceof Inet6Address ? "[" + text + "]" : text) + ":" + port;
    }

    private static String instant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L)).toString();
    }

    private static void print(FlowTable table, Report report, PrintStream out) throws JsonProcessingException {
        out.printf("%s: %s, %d packets, %d flows%n", report.file(), report.format(), report.packets(), report.flows().size());
        int width = 21;
        for (FlowRow r : report.flows()) {
            width = Math.max(width, Math.max(r.a().length(), r.b().length()));
        }
        String header = "%-6s %-" + width + "s     %-" + width + "s %9s %12s %9s %12s %14s %10s  %s%n";
        out.printf(Locale.ROOT, header, "proto", "A (client)", "B (server)", "A->B pkts", "bytes", "B->A pkts", "bytes",
                "rel. start", "duration", "tcp");
        long origin = table.flows().stream().mapToLong(Flow::startNanos).min().orElse(0);
        String line = "%-6s %-" + width + "s <-> %-" + width + "s %9d %12d %9d %12d %14.6f %10.4f  %s%n";
        for (Flow f : table.flows()) {
            FlowRow r = row(f);
            out.printf(Locale.ROOT, line, r.protocol(), r.a(), r.b(), r.packetsAToB(), r.bytesAToB(),
                    r.packetsBToA(), r.bytesBToA(), (f.startNanos() - origin) / 1e9, (f.endNanos() - f.startNanos()) / 1e9,
                    (r.tcp() == null ? "" : tcpText(r.tcp()))
                            + (r.icmpErrors().isEmpty() ? "" : " icmp: " + r.icmpErrors().size() + "x " + r.icmpErrors().get(0).label()
                            + " from " + r.icmpErrors().get(0).from()));
        }
        for (CaptureDiagnostic d : table.diagnostics()) {
            out.println("  " + report.file() + (d.packet() > 0 ? ": packet " + d.packet() : "") + " (byte " + d.offset() + "): "
                    + d.severity().label() + ": " + d.message());
        }
    }

    private static String tcpText(Tcp t) {
        return t.connState() + " syn=" + t.syn() + " syn-ack=" + t.synAck() + (t.ack() ? " ack" : "")
                + (t.rst() > 0 ? " rst=" + t.rst() : "") + (t.fin() > 0 ? " fin=" + t.fin() : "")
                + (t.retransmissions() > 0 ? " retrans=" + t.retransmissions() : "");
    }
}
