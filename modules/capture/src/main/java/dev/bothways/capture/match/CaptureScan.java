package dev.bothways.capture.match;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.decode.Decoded;
import dev.bothways.capture.decode.PacketDecoder;
import dev.bothways.capture.decode.PacketHeaders;
import dev.bothways.capture.flow.FlowPorts;
import dev.bothways.capture.read.CaptureInterface;
import dev.bothways.capture.read.CaptureReader;
import dev.bothways.capture.read.InterfaceStatistics;
import dev.bothways.model.CaptureCoverage;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.PacketRef;
import dev.bothways.model.Progress;
import dev.bothways.model.Protocol;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One streaming pass over one capture, keeping only the packets worth matching: all packets of
 * the flows of interest and the ICMP errors quoting them, or (with none given) the TCP control
 * packets (SYN, SYN-ACK, FIN, RST) of every flow and every ICMP error quoting TCP or UDP, up to a
 * fixed number.
 */
final class CaptureScan {
    static final int MAX_SIGHTINGS = 500_000;
    private static final int SYN = 0x02;
    private static final int FIN = 0x01;
    private static final int RST = 0x04;
    private static final int HASHED_BYTES = 16;

    /** What one scan found. */
    record Result(CaptureCoverage coverage, Map<PacketIdentity, List<Sighting>> sightings,
                  List<CaptureDiagnostic> diagnostics) {
    }

    private CaptureScan() {
    }

    static Result scan(CaptureInput input, Set<FiveTuple> interest, Map<FiveTuple, FiveTuple> nat,
                       Progress progress) throws IOException {
        Map<PacketIdentity, List<Sighting>> sightings = new LinkedHashMap<>();
        List<CaptureDiagnostic> diagnostics = new ArrayList<>();
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        int kept = 0;
        boolean full = false;
        int[] tails = addressTails(interest, nat);
        try (CaptureReader reader = CaptureReader.open(input.file())) {
            PacketDecoder decoder = new PacketDecoder();
            PacketHeaders h = new PacketHeaders();
            while (reader.next()) {
                long nanos = reader.timestampNanos();
                first = Math.min(first, nanos);
                last = Math.max(last, nanos);
                if ((reader.packetNumber() & 0x3FFF) == 0) {
                    progress.worked(reader.position(), reader.size());
                    if (progress.cancelled()) {
                        break;
                    }
                }
                if (decoder.decode(reader.buffer(), reader.dataOffset(), reader.capturedLength(), reader.linkType(), h)
                        != Decoded.TRANSPORT) {
                    continue;
                }
                if (!interest.isEmpty() && !h.quoted()
                        && (!has(tails, (int) h.sourceLo()) || !has(tails, (int) h.destinationLo()))) {
                    continue; // an endpoint no followed flow has: not worth making its tuple
                }
                int flags = h.protocol() == 6 ? h.tcpFlags() : 0;
                boolean control = h.protocol() == 6 && (flags & (SYN | FIN | RST)) != 0;
                Optional<FiveTuple> quotes = quoted(h, nat);
                if (interest.isEmpty() && !control && quotes.isEmpty()) {
                    continue;
                }
                FiveTuple local = new FiveTuple(Protocol.ofNumber(h.protocol()), h.source(), portOf(h, true),
                        h.destination(), portOf(h, false));
                FiveTuple original = nat.getOrDefault(local, local);
                if (!interest.isEmpty() && !followed(interest, original)
                        && quotes.filter(q -> followed(interest, q)).isEmpty()) {
                    continue;
                }
                if (kept >= MAX_SIGHTINGS) {
                    full = true;
                    break;
                }
                kept++;
                PacketIdentity identity = new PacketIdentity(original, flags,
                        quotes.isPresent() ? h.quotedSeq() : h.protocol() == 6 ? h.seq() : 0,
                        h.protocol() == 6 ? h.ack() : 0, h.payloadLength(), payloadHash(reader.buffer(), h), quotes);
                sightings.computeIfAbsent(identity, k -> new ArrayList<>(1)).add(new Sighting(input.point(),
                        new PacketRef(input.artifact(), reader.packetNumber()), nanos, local, h.ipId(), h.ttl(),
                        h.linkInterface() >= 0 ? h.linkInterface() : reader.interfaceIndex(), h.linkPacketType()));
            }
            diagnostics.addAll(reader.diagnostics());
            if (full) {
                diagnostics.add(new CaptureDiagnostic(0, reader.position(), CaptureDiagnostic.Severity.WARNING,
                        CaptureDiagnostic.Kind.SUSPICIOUS, "matching keeps at most " + MAX_SIGHTINGS
                        + " packets per capture; name the flow of interest to match all of its packets"));
            }
            return new Result(coverage(input, reader, first, last), sightings, diagnostics);
        }
    }

    /**
     * The last four bytes of every address a followed packet can carry here: the followed flows'
     * endpoints and the local side of their NAT translations. A packet whose source or destination
     * ends otherwise cannot be followed; one that does is checked in full.
     */
    private static int[] addressTails(Set<FiveTuple> interest, Map<FiveTuple, FiveTuple> nat) {
        return Stream.concat(interest.stream(), nat.keySet().stream())
                .flatMap(t -> Stream.of(t.source(), t.destination()))
                .mapToInt(a -> {
                    byte[] b = a.getAddress();
                    return ByteBuffer.wrap(b, b.length - 4, 4).getInt();
                })
                .distinct().toArray();
    }

    private static boolean has(int[] tails, int tail) {
        for (int t : tails) {
            if (t == tail) {
                return true;
            }
        }
        return false;
    }

    private static boolean followed(Set<FiveTuple> interest, FiveTuple tuple) {
        return interest.contains(tuple) || interest.contains(tuple.reversed());
    }

    /** The original-side tuple of the TCP or UDP packet an ICMP error quotes. */
    private static Optional<FiveTuple> quoted(PacketHeaders h, Map<FiveTuple, FiveTuple> nat) {
        if (!h.quoted() || (h.quotedProtocol() != 6 && h.quotedProtocol() != 17)) {
            return Optional.empty();
        }
        FiveTuple local = new FiveTuple(Protocol.ofNumber(h.quotedProtocol()),
                PacketHeaders.address(h.quotedIpVersion(), h.quotedSourceHi(), h.quotedSourceLo()), h.quotedSourcePort(),
                PacketHeaders.address(h.quotedIpVersion(), h.quotedDestinationHi(), h.quotedDestinationLo()),
                h.quotedDestinationPort());
        return Optional.of(nat.getOrDefault(local, local));
    }

    /**
     * TCP and UDP ports; for ICMP the type and its counterpart (or the code), as the flow index and
     * Community ID keep them; 0 otherwise.
     */
    private static int portOf(PacketHeaders h, boolean source) {
        return source ? FlowPorts.source(h.protocol(), h.sourcePort())
                : FlowPorts.destination(h.protocol(), h.sourcePort(), h.destinationPort());
    }

    /** FNV-1a over the first payload bytes captured (at most 16). */
    private static int payloadHash(ByteBuffer buffer, PacketHeaders h) {
        int n = Math.min(HASHED_BYTES, h.payloadCaptured());
        int hash = 0x811C9DC5;
        for (int i = 0; i < n; i++) {
            hash = (hash ^ (buffer.get(h.payloadOffset() + i) & 0xFF)) * 0x01000193;
        }
        return hash;
    }

    private static CaptureCoverage coverage(CaptureInput input, CaptureReader reader, long first, long last) {
        long start = first == Long.MAX_VALUE ? 0 : first;
        long end = last == Long.MIN_VALUE ? 0 : last;
        Map<Integer, InterfaceStatistics> lastStatistics = new HashMap<>();
        for (InterfaceStatistics s : reader.statistics()) {
            lastStatistics.put(s.interfaceIndex(), s);
            if (s.startNanos().isPresent()) {
                start = Math.min(start, s.startNanos().getAsLong());
            }
            if (s.endNanos().isPresent()) {
                end = Math.max(end, s.endNanos().getAsLong());
            }
        }
        OptionalLong dropped = OptionalLong.empty();
        for (InterfaceStatistics s : lastStatistics.values()) {
            if (s.totalDropped().isPresent()) {
                dropped = OptionalLong.of(dropped.orElse(0) + s.totalDropped().getAsLong());
            }
        }
        List<CaptureInterface> interfaces = reader.interfaces();
        Optional<String> filter = Optional.empty();
        Optional<String> name = Optional.empty();
        if (interfaces.size() == 1) {
            filter = interfaces.get(0).filter();
            name = interfaces.get(0).name();
        } else if (!interfaces.isEmpty() && interfaces.stream().map(CaptureInterface::filter).distinct().count() == 1) {
            filter = interfaces.get(0).filter();
        } else if (!interfaces.isEmpty()) {
            // Interfaces with different filters: no single answer, so no negative evidence from the filter.
            filter = Optional.of("(filters differ by interface)");
        }
        if (input.filter().isPresent()) {
            filter = input.filter();
        }
        if (input.running().isPresent()) {
            CaptureInput.Running r = input.running().get();
            long from = r.from().getEpochSecond() * 1_000_000_000L + r.from().getNano();
            long until = r.until().getEpochSecond() * 1_000_000_000L + r.until().getNano();
            start = first == Long.MAX_VALUE ? from : Math.min(start, from);
            end = last == Long.MIN_VALUE ? until : Math.max(end, until);
        }
        return new CaptureCoverage(input.point(), input.artifact(), name, start, end, filter, dropped);
    }
}
