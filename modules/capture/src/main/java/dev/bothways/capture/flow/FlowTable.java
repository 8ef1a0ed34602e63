package dev.bothways.capture.flow;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.read.CaptureFormat;
import dev.bothways.capture.read.CaptureInterface;
import dev.bothways.capture.read.InterfaceStatistics;
import java.net.Inet4Address;
import java.nio.file.Path;
import java.util.List;

/**
 * The flow index of one capture: its flows in the order their first packets appear, how many
 * packets and bytes the file held, the time of its first packet (any packet: relative times count
 * from it, as in Wireshark), the interfaces and their statistics, and every diagnostic of
 * reading and decoding. {@code complete} is false when the read was cancelled. The indexer's flows
 * are made as they are read ({@link IndexedFlows}); any other list is copied.
 */
public record FlowTable(Path file, CaptureFormat format, long packets, long bytes, long firstPacketNanos, List<Flow> flows,
                        List<CaptureInterface> interfaces, List<InterfaceStatistics> statistics,
                        List<CaptureDiagnostic> diagnostics, boolean complete) {

    public FlowTable {
        flows = flows instanceof IndexedFlows ? flows : List.copyOf(flows);
        interfaces = List.copyOf(interfaces);
        statistics = List.copyOf(statistics);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether every flow is over IPv4, which a listing can know before it makes a single flow. */
    public boolean ipv4Only() {
        return flows instanceof IndexedFlows indexed ? indexed.ipv4Only()
                : flows.stream().allMatch(f -> f.tuple().source() instanceof Inet4Address);
    }
}
