package dev.bothways.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bothways.capture.flow.Flow;
import dev.bothways.capture.flow.FlowIndexer;
import dev.bothways.capture.flow.FlowTable;
import dev.bothways.capture.flow.TcpSummary;
import dev.bothways.capture.read.CaptureFormat;
import dev.bothways.model.Addresses;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Progress;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.AbstractList;
import java.util.List;

/** {@code bothways flows CAPTURE [--json]}: a capture's flows, the work of {@code tshark -q -z conv,tcp}. */
record FlowsCommand(Path file, boolean json) implements Command {
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
    public int run() throws IOException {
        if (!Files.isRegularFile(file)) {
            System.err.println("bothways: " + file + ": " + (Files.exists(file) ? "not a file" : "no such file"));
            return 2;
        }
        FlowTable table = FlowIndexer.index(file, Progress.NONE);
        if (json) {
            PrintStream out = new PrintStream(new BufferedOutputStream(System.out, 1 << 16), false, StandardCharsets.UTF_8);
            Json.MAPPER.writeValue(new NonClosing(out), report(table));
            out.println();
            out.flush();
        } else {
            new FlowListing(file.toString(), table).print(System.out);
        }
        return table.format() == CaptureFormat.UNREADABLE ? 1 : 0;
    }

    private Report report(FlowTable table) {
        // Rows are made as Jackson writes them, so a capture's hundreds of thousands of flows
        // never sit in memory as rows all at once.
        List<Flow> flows = table.flows();
        List<FlowRow> rows = new AbstractList<>() {
            @Override
            public FlowRow get(int index) {
                return row(flows.get(index));
            }

            @Override
            public int size() {
                return flows.size();
            }
        };
        List<Problem> problems = table.diagnostics().stream()
                .map(d -> new Problem(d.packet(), d.offset(), d.severity().label(), d.message())).toList();
        return new Report(file.toString(), table.format().label(), table.packets(), table.bytes(), rows, problems);
    }

    private static FlowRow row(Flow f) {
        Tcp tcp = f.tcp().map(FlowsCommand::tcp).orElse(null);
        return new FlowRow(f.tuple().protocol().label(),
                FiveTuple.endpoint(f.tuple().source(), f.tuple().sourcePort()),
                FiveTuple.endpoint(f.tuple().destination(), f.tuple().destinationPort()),
                f.communityId(), f.forward().packets(), f.forward().bytes(), f.reverse().packets(), f.reverse().bytes(),
                instant(f.startNanos()), instant(f.endNanos()), f.first().number(), f.last().number(), tcp,
                f.icmpErrors().stream().map(e -> new IcmpErrorRow(e.packet().number(), Addresses.format(e.reporter()),
                        e.type(), e.code(), e.mtu(), e.label())).toList());
    }

    private static Tcp tcp(TcpSummary t) {
        return new Tcp(t.syn(), t.synAck(), t.handshakeAck(), t.rst(), t.fin(), t.retransmissions(), t.connState().name());
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
}
