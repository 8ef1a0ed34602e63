package dev.bothways.analysis.evidence;

import dev.bothways.capture.packets.CapturedPacket;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Provenance;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What one host's captures saw of the flow, in whichever of its translated forms: its packets in
 * both directions and the ICMP errors quoting it, and whether the host captured at all.
 */
public record FlowSightings(String host, FlowIdentity flow, List<CapturedPacket> packets, boolean captured) {

    public static FlowSightings of(HostEvidence host, FlowIdentity flow) {
        List<CapturedPacket> seen = host.captures().stream()
                .flatMap(c -> flow.forwardTuples().stream().flatMap(t -> c.sightings().of(t).stream()))
                .distinct()
                .sorted(java.util.Comparator.comparingLong(CapturedPacket::timeNanos))
                .toList();
        return new FlowSightings(host.host(), flow, seen, host.hasCapture());
    }

    public static FlowSightings of(HostEvidence host, FiveTuple flow) {
        return of(host, new FlowIdentity(flow, java.util.Map.of()));
    }

    public List<CapturedPacket> forward() {
        return packets.stream().filter(s -> !s.icmpError() && flow.isForward(s.tuple())).toList();
    }

    public List<CapturedPacket> back() {
        return packets.stream().filter(s -> !s.icmpError() && flow.isReply(s.tuple())).toList();
    }

    public List<CapturedPacket> icmpErrors() {
        return packets.stream().filter(CapturedPacket::icmpError).toList();
    }

    public boolean sawSyn() {
        return forward().stream().anyMatch(CapturedPacket::syn);
    }

    public boolean sawSynAck() {
        return back().stream().anyMatch(CapturedPacket::synAck);
    }

    public Optional<CapturedPacket> first(Predicate<CapturedPacket> which, boolean forwardDirection) {
        return (forwardDirection ? forward() : back()).stream().filter(which).findFirst();
    }

    public long count(Predicate<CapturedPacket> which, boolean forwardDirection) {
        return (forwardDirection ? forward() : back()).stream().filter(which).count();
    }

    public List<Provenance> cite(Predicate<CapturedPacket> which, boolean forwardDirection, int limit) {
        return (forwardDirection ? forward() : back()).stream().filter(which).limit(limit)
                .map(s -> (Provenance) s.packet()).toList();
    }
}
