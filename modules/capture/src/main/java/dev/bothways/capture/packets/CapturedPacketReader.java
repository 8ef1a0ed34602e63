package dev.bothways.capture.packets;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.decode.Decoded;
import dev.bothways.capture.decode.PacketDecoder;
import dev.bothways.capture.decode.PacketHeaders;
import dev.bothways.capture.read.CaptureInterface;
import dev.bothways.capture.read.CaptureReader;
import dev.bothways.capture.read.LinkType;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.PacketRef;
import dev.bothways.model.Progress;
import dev.bothways.model.Protocol;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads a capture into sightings: every TCP and UDP packet up to {@link #PER_FLOW} per flow, and
 * every ICMP error that quotes a TCP or UDP packet. Streams the file; memory grows with what is kept.
 */
public final class CapturedPacketReader {
    public static final int PER_FLOW = 400;
    private static final int SLL_OUTGOING = 4;
    private static final int PROGRESS_EVERY = 1 << 14;

    private CapturedPacketReader() {
    }

    public static CapturedPackets read(Path file, ArtifactId artifact, Progress progress) throws IOException {
        try (CaptureReader reader = CaptureReader.open(file)) {
            PacketDecoder decoder = new PacketDecoder();
            PacketHeaders h = new PacketHeaders();
            List<CapturedPacket> kept = new ArrayList<>();
            Map<FiveTuple, int[]> perFlow = new HashMap<>();
            boolean complete = true;
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
                FiveTuple tuple = tuple(h, protocol);
                if (quoted.isEmpty()) {
                    FiveTuple key = canonical(tuple);
                    int[] count = perFlow.computeIfAbsent(key, k -> new int[1]);
                    if (count[0]++ >= PER_FLOW) {
                        complete = false;
                        continue;
                    }
                }
                kept.add(sighting(reader, h, artifact, tuple, quoted));
            }
            progress.worked(reader.position(), reader.size());
            long dropped = reader.statistics().stream().mapToLong(s -> s.dropped().orElse(0) + s.osDropped().orElse(0)).sum();
            List<CaptureDiagnostic> diagnostics = new ArrayList<>(reader.diagnostics());
            return new CapturedPackets(artifact, kept, reader.interfaces(), packets, first, last, dropped,
                    diagnostics, complete);
        }
    }

    private static CapturedPacket sighting(CaptureReader reader, PacketHeaders h, ArtifactId artifact, FiveTuple tuple,
                                     Optional<FiveTuple> quoted) {
        LinkDirection direction = LinkDirection.UNKNOWN;
        OptionalInt ifindex = OptionalInt.empty();
        ByteBuffer b = reader.buffer().duplicate().order(ByteOrder.BIG_ENDIAN);
        int at = reader.dataOffset();
        if (reader.linkType() == LinkType.LINUX_SLL2.code() && reader.capturedLength() >= 20) {
            ifindex = OptionalInt.of(b.getInt(at + 4));
            direction = (b.get(at + 10) & 0xff) == SLL_OUTGOING ? LinkDirection.OUT : LinkDirection.IN;
        } else if (reader.linkType() == LinkType.LINUX_SLL.code() && reader.capturedLength() >= 16) {
            direction = (b.getShort(at) & 0xffff) == SLL_OUTGOING ? LinkDirection.OUT : LinkDirection.IN;
        }
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

    private static FiveTuple canonical(FiveTuple t) {
        FiveTuple r = t.reversed();
        return t.toString().compareTo(r.toString()) <= 0 ? t : r;
    }
}
