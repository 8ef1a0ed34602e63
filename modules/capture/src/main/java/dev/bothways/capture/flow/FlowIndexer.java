package dev.bothways.capture.flow;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.CaptureDiagnostic.Kind;
import dev.bothways.capture.CaptureDiagnostic.Severity;
import dev.bothways.capture.decode.Decoded;
import dev.bothways.capture.decode.PacketHeaders;
import dev.bothways.capture.read.CaptureInterface;
import dev.bothways.capture.read.CaptureReader;
import dev.bothways.capture.read.LinkType;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.PacketRef;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the {@link FlowTable} of a capture in one streaming pass. Memory grows with the number of
 * flows, never with the number of packets. Flows are split on the same 5-tuple where Wireshark
 * starts a new TCP stream (a fresh SYN with a new initial sequence number), so counts compare
 * one to one with {@code tshark -z conv,tcp}.
 */
public final class FlowIndexer {
    /** Packets between progress reports and cancel checks: a whole number of decoding batches. */
    private static final int PROGRESS_EVERY = 16 * DecodingThread.BATCH;
    /**
     * Flows kept per heap: about 700 bytes each while the table is built, so a kibibyte of heap
     * per flow keeps any capture within the heap it is given (256 MiB: some 260 000 flows).
     */
    private static final long HEAP_BYTES_PER_FLOW = 1024;
    /** Capture bytes per flow in a busy capture of short connections (the benchmark's mix: 9 KB). */
    private static final long BYTES_PER_FLOW = 8192;

    private FlowIndexer() {
    }

    /** Indexes {@code file}, naming its packets after the file name. */
    public static FlowTable index(Path file, Progress progress) throws IOException {
        Path name = file.getFileName();
        return index(file, new ArtifactId(name == null ? file.toString() : name.toString()), progress);
    }

    /** Indexes {@code file}, citing its packets as {@code artifact}. */
    public static FlowTable index(Path file, ArtifactId artifact, Progress progress) throws IOException {
        return index(file, artifact, progress, Math.max(10_000, Runtime.getRuntime().maxMemory() / HEAP_BYTES_PER_FLOW));
    }

    /** Indexes at most {@code maxFlows} flows; packets of any later flow are counted, and one diagnostic says so. */
    static FlowTable index(Path file, ArtifactId artifact, Progress progress, long maxFlows) throws IOException {
        try (CaptureReader reader = CaptureReader.open(file)) {
            return new Run(reader, artifact, maxFlows).index(file, progress);
        }
    }

    /** One pass over one reader. */
    private static final class Run {
        private final CaptureReader reader;
        private final ArtifactId artifact;
        private final FlowMap open;
        private final AddressCache addresses = new AddressCache();
        /** Every flow, in the order of its first packet (the order they are made in). */
        private final List<FlowBuilder> flows = new ArrayList<>();
        /** Whether any flow is over IPv6 (a listing's columns are wider then). */
        private boolean ipv6;
        private final Map<Integer, long[]> undecoded = new HashMap<>();
        private long cutShort;
        private long firstCutShort;
        private final long maxFlows;
        private long unindexed;
        private long firstUnindexed;

        Run(CaptureReader reader, ArtifactId artifact, long maxFlows) {
            this.reader = reader;
            this.artifact = artifact;
            this.maxFlows = maxFlows;
            this.open = new FlowMap(Math.min(maxFlows, reader.size() / BYTES_PER_FLOW));
        }

        FlowTable index(Path file, Progress progress) throws IOException {
            long packets = 0;
            long bytes = 0;
            long firstNanos = 0;
            long position = 0;
            boolean cancelled = false;
            long size = reader.size();
            try (DecodingThread decoding = DecodingThread.start(reader)) {
                for (DecodingThread.Batch batch; (batch = decoding.next()) != null; ) {
                    if (packets == 0 && batch.size > 0) {
                        firstNanos = batch.nanos[0];
                    }
                    packets += batch.size;
                    bytes += take(batch);
                    position = batch.position;
                    decoding.recycle(batch);
                    // Batches are full but for the last, so this falls on batch ends.
                    if ((packets & (PROGRESS_EVERY - 1)) == 0) {
                        progress.worked(position, size);
                        if (progress.cancelled()) {
                            cancelled = true;
                            break;
                        }
                    }
                }
            }
            progress.worked(position, size);
            List<CaptureDiagnostic> diagnostics = new ArrayList<>(reader.diagnostics());
            diagnostics.addAll(decodeDiagnostics());
            if (cancelled) {
                diagnostics.add(new CaptureDiagnostic(packets, position, Severity.NOTE, Kind.TRUNCATED,
                        "reading was cancelled after packet " + packets + "; the flows cover only the packets before it"));
            }
            return new FlowTable(file, reader.format(), packets, bytes, firstNanos, new IndexedFlows(flows, artifact, !ipv6),
                    reader.interfaces(), reader.statistics(), diagnostics, !cancelled);
        }

        /**
         * The packets of {@code batch}, each into its flow or counted among those that could not
         * be; returns their bytes on the wire. A method of its own, called once a batch, so that
         * the compiler makes one version of it rather than one for the running loop and another
         * for the next call.
         */
        private long take(DecodingThread.Batch batch) {
            long bytes = 0;
            for (int i = 0; i < batch.size; i++) {
                bytes += batch.lengths[i];
                take(batch, i);
            }
            return bytes;
        }

        /** Packet {@code i} of {@code batch}: into its flow, or counted among those that could not be. */
        private void take(DecodingThread.Batch batch, int i) {
            Decoded d = batch.results[i];
            if (d == Decoded.TRANSPORT) {
                add(batch.headers[i], batch.numbers[i], batch.nanos[i], batch.lengths[i]);
            } else if (d == Decoded.UNSUPPORTED_LINK) {
                long number = batch.numbers[i];
                undecoded.computeIfAbsent(batch.interfaces[i], itf -> new long[] {0, number})[0]++;
            } else if (d == Decoded.CUT_SHORT && cutShort++ == 0) {
                firstCutShort = batch.numbers[i];
            }
        }

        private void add(PacketHeaders h, long number, long nanos, int length) {
            int protocol = h.protocol();
            int sport = FlowPorts.source(protocol, h.sourcePort());
            int dport = FlowPorts.destination(protocol, h.sourcePort(), h.destinationPort());
            long srcHi = h.sourceHi();
            long srcLo = h.sourceLo();
            long dstHi = h.destinationHi();
            long dstLo = h.destinationLo();
            boolean sourceIsA = FlowKey.firstIsA(srcHi, srcLo, sport, dstHi, dstLo, dport);
            int side = sourceIsA ? 0 : 1;
            FlowBuilder flow = sourceIsA
                    ? open.find(protocol, h.ipVersion(), srcHi, srcLo, sport, dstHi, dstLo, dport)
                    : open.find(protocol, h.ipVersion(), dstHi, dstLo, dport, srcHi, srcLo, sport);
            if (flow != null && protocol == 6 && flow.startsNewConversation(side, h)) {
                flow = null;
            }
            if (flow == null && flows.size() >= maxFlows) {
                if (unindexed++ == 0) {
                    firstUnindexed = number;
                }
                return;
            }
            if (flow == null) {
                FlowKey key = FlowKey.of(protocol, h.ipVersion(), srcHi, srcLo, sport, dstHi, dstLo, dport, sourceIsA);
                flow = new FlowBuilder(key, addresses, number, side, nanos);
                ipv6 |= key.version() == 6;
                open.put(flow);
                flows.add(flow);
            }
            flow.count(side, number, nanos, length);
            if (protocol == 6) {
                flow.tcp(side, h);
            }
            if (h.quoted()) {
                quoted(h, number, nanos);
            }
        }

        /** Ties an ICMP error to the flow of the packet it quotes, when that flow is in the capture. */
        private void quoted(PacketHeaders h, long number, long nanos) {
            int protocol = h.quotedProtocol();
            int sport = FlowPorts.source(protocol, h.quotedSourcePort());
            int dport = FlowPorts.destination(protocol, h.quotedSourcePort(), h.quotedDestinationPort());
            boolean sourceIsA = FlowKey.firstIsA(h.quotedSourceHi(), h.quotedSourceLo(), sport,
                    h.quotedDestinationHi(), h.quotedDestinationLo(), dport);
            FlowKey key = FlowKey.of(protocol, h.quotedIpVersion(), h.quotedSourceHi(), h.quotedSourceLo(), sport,
                    h.quotedDestinationHi(), h.quotedDestinationLo(), dport, sourceIsA);
            FlowBuilder flow = open.find(key.protocol(), key.version(), key.aHi(), key.aLo(), key.aPort(),
                    key.bHi(), key.bLo(), key.bPort());
            if (flow != null) {
                flow.icmpError(new IcmpError(new PacketRef(artifact, number), nanos, h.source(),
                        h.ipVersion() == 6, h.sourcePort(), h.destinationPort(), h.icmpMtu()));
            }
        }

        private List<CaptureDiagnostic> decodeDiagnostics() {
            List<CaptureDiagnostic> out = new ArrayList<>();
            List<CaptureInterface> interfaces = reader.interfaces();
            undecoded.forEach((index, countAndFirst) -> {
                CaptureInterface itf = interfaces.get(index);
                out.add(new CaptureDiagnostic(countAndFirst[1], 0, Severity.WARNING, Kind.UNSUPPORTED,
                        itf.displayName() + " has link type " + LinkType.describe(itf.linkType())
                                + ", which Bothways does not decode: its " + countAndFirst[0]
                                + " packets are counted but belong to no flow"));
            });
            if (unindexed > 0) {
                out.add(new CaptureDiagnostic(firstUnindexed, 0, Severity.WARNING, Kind.SUSPICIOUS,
                        "the capture holds more than " + maxFlows + " flows, all this heap can index: " + unindexed
                                + " packets of later flows (the first is packet " + firstUnindexed
                                + ") are counted but belong to no flow; give Java more heap (-Xmx) to index them"));
            }
            if (cutShort > 0) {
                out.add(new CaptureDiagnostic(firstCutShort, 0, Severity.NOTE, Kind.TRUNCATED,
                        cutShort + " packets (the first is packet " + firstCutShort
                                + ") were captured too short to show their IP header"));
            }
            return out;
        }
    }
}
