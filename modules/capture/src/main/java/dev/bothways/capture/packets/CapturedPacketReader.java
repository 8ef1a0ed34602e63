package dev.bothways.capture.packets;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.decode.Decoded;
import dev.bothways.capture.decode.PacketDecoder;
import dev.bothways.capture.decode.PacketHeaders;
import dev.bothways.capture.flow.FlowKey;
import dev.bothways.capture.read.CaptureInterface;
import dev.bothways.capture.read.CaptureReader;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.PacketRef;
import dev.bothways.model.Progress;
import dev.bothways.model.Protocol;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a capture into sightings: every TCP and UDP packet up to {@link #PER_FLOW} per flow, and
 * every ICMP error that quotes a TCP or UDP packet. Past {@link #IN_FULL} packets kept, a big
 * capture keeps only what opens, refuses or closes a TCP connection (SYN, SYN-ACK, RST, FIN) and
 * ICMP errors, and says so: memory then grows with connections, not packets. Streams the file;
 * each flow's two directions share one tuple.
 */
public final class CapturedPacketReader {
    public static final int PER_FLOW = 400;
    /** Packets kept whatever they are; a capture filtered to the failing flow never gets near it. */
    public static final int IN_FULL = 100_000;
    private static final int SLL_OUTGOING = 4;
    private static final int FIN = 0x01;
    private static final int SYN = 0x02;
    private static final int RST = 0x04;
    private static final int PROGRESS_EVERY = 1 << 14;

    private CapturedPacketReader() {
    }

    public static CapturedPackets read(Path file, ArtifactId artifact, Progress progress) throws IOException {
        try (CaptureReader reader = CaptureReader.open(file)) {
            PacketDecoder decoder = new PacketDecoder();
            PacketHeaders h = new PacketHeaders();
            List<CapturedPacket> kept = new ArrayList<>();
            Map<FlowKey, KeptFlow> perFlow = new HashMap<>();
            boolean complete = true;
            long firstThinned = 0;
            long firstThinnedOffset = 0;
            long packets = 0;
            long first = 0;
            long last = 0;
            while (reader.next()) {
                packets++;
                long nanos = reader.timestampNanos();
                first = packets == 1 ? nanos : Math.min(first, nanos);
                last = Math.max(last, nanos);
                if ((packets & (PROGRESS_EVERY - 1)) == 0) {
                    progress.worked(reader.position(), reader.size());
                    if (progress.cancelled()) {
                        complete = false;
                        break;
                    }
                }
                if (decoder.decode(reader.buffer(), reader.dataOffset(), reader.capturedLength(), reader.linkType(), h)
                        != Decoded.TRANSPORT) {
                    continue;
                }
                Optional<FiveTuple> quoted = quoted(h);
                Protocol protocol = Protocol.ofNumber(h.protocol());
                if (quoted.isEmpty() && protocol != Protocol.TCP && protocol != Protocol.UDP) {
                    continue;
                }
                FiveTuple tuple;
                if (quoted.isEmpty()) {
                    boolean sourceIsA = FlowKey.firstIsA(h.sourceHi(), h.sourceLo(), h.sourcePort(),
                            h.destinationHi(), h.destinationLo(), h.destinationPort());
                    FlowKey key = FlowKey.of(h.protocol(), h.ipVersion(), h.sourceHi(), h.sourceLo(), h.sourcePort(),
                            h.destinationHi(), h.destinationLo(), h.destinationPort(), sourceIsA);
                    KeptFlow flow = perFlow.get(key);
                    if (flow == null) {
                        flow = new KeptFlow(tuple(h, protocol), sourceIsA);
                        perFlow.put(key, flow);
                    }
                    tuple = flow.direction(sourceIsA);
                    boolean opensOrCloses = protocol == Protocol.TCP && (h.tcpFlags() & (SYN | FIN | RST)) != 0;
                    boolean thinned = kept.size() >= IN_FULL && !opensOrCloses;
                    if (flow.seen++ >= PER_FLOW || thinned) {
                        complete = false;
                        if (thinned && firstThinned == 0) {
                            firstThinned = reader.packetNumber();
                            firstThinnedOffset = reader.fileOffset();
                        }
                        continue;
                    }
                } else {
                    tuple = tuple(h, protocol);
                }
                kept.add(sighting(reader, h, artifact, tuple, quoted));
            }
            progress.worked(reader.position(), reader.size());
            long dropped = reader.statistics().stream().mapToLong(s -> s.dropped().orElse(0) + s.osDropped().orElse(0)).sum();
            List<CaptureDiagnostic> diagnostics = new ArrayList<>(reader.diagnostics());
            if (firstThinned > 0) {
                diagnostics.add(new CaptureDiagnostic(firstThinned, firstThinnedOffset, CaptureDiagnostic.Severity.NOTE,
                        CaptureDiagnostic.Kind.SUSPICIOUS, "a big capture: after " + IN_FULL + " packets only TCP "
                        + "openings, resets and closings and ICMP errors were kept for the analysis (the first left out is "
                        + "packet " + firstThinned + "); a capture filtered to the failing flow keeps all of it"));
            }
            return new CapturedPackets(artifact, kept, reader.interfaces(), packets, first, last, dropped,
                    diagnostics, complete);
        }
    }

    private static CapturedPacket sighting(CaptureReader reader, PacketHeaders h, ArtifactId artifact, FiveTuple tuple,
                                     Optional<FiveTuple> quoted) {
        LinkDirection direction = switch (h.linkPacketType()) {
            case -1 -> LinkDirection.UNKNOWN;
            case SLL_OUTGOING -> LinkDirection.OUT;
            default -> LinkDirection.IN;
        };
        OptionalInt ifindex = h.linkInterface() >= 0 ? OptionalInt.of(h.linkInterface()) : OptionalInt.empty();
        Optional<String> name = reader.interfaces().size() > reader.interfaceIndex()
                ? reader.interfaces().get(reader.interfaceIndex()).name().filter(n -> !n.equals("any"))
                : Optional.empty();
        OptionalInt mtu = quoted.isPresent() && h.icmpMtu() > 0 ? OptionalInt.of(h.icmpMtu()) : OptionalInt.empty();
        return new CapturedPacket(new PacketRef(artifact, reader.packetNumber()), reader.timestampNanos(), tuple,
                h.protocol() == 6 ? h.tcpFlags() : 0, h.seq(), h.ack(), h.ipId(), h.ttl(), h.payloadLength(),
                direction, ifindex, name, quoted, mtu);
    }

    private static FiveTuple tuple(PacketHeaders h, Protocol protocol) {
        InetAddress src = PacketHeaders.address(h.ipVersion(), h.sourceHi(), h.sourceLo());
        InetAddress dst = PacketHeaders.address(h.ipVersion(), h.destinationHi(), h.destinationLo());
        boolean ports = protocol == Protocol.TCP || protocol == Protocol.UDP;
        return new FiveTuple(protocol, src, ports ? h.sourcePort() : 0, dst, ports ? h.destinationPort() : 0);
    }

    private static Optional<FiveTuple> quoted(PacketHeaders h) {
        if (!h.quoted() || (h.quotedProtocol() != 6 && h.quotedProtocol() != 17)) {
            return Optional.empty();
        }
        return Optional.of(new FiveTuple(Protocol.ofNumber(h.quotedProtocol()),
                PacketHeaders.address(h.quotedIpVersion(), h.quotedSourceHi(), h.quotedSourceLo()), h.quotedSourcePort(),
                PacketHeaders.address(h.quotedIpVersion(), h.quotedDestinationHi(), h.quotedDestinationLo()),
                h.quotedDestinationPort()));
    }

    /** How many packets of a flow were seen, and its two directions' tuples, made once and shared by its packets. */
    private static final class KeptFlow {
        private final FiveTuple fromA;
        private final FiveTuple fromB;
        int seen;

        KeptFlow(FiveTuple first, boolean firstIsFromA) {
            this.fromA = firstIsFromA ? first : first.reversed();
            this.fromB = fromA.reversed();
        }

        FiveTuple direction(boolean sourceIsA) {
            return sourceIsA ? fromA : fromB;
        }
    }
}
