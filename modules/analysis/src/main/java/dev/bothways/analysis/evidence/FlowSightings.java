package dev.bothways.analysis.evidence;

import dev.bothways.capture.sighting.Sighting;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Provenance;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What one host's captures saw of the flow, in whichever of its translated forms: its packets in
 * both directions and the ICMP errors quoting it, and whether the host captured at all.
 */
public record FlowSightings(String host, FlowIdentity flow, List<Sighting> packets, boolean captured) {

    public static FlowSightings of(HostEvidence host, FlowIdentity flow) {
        List<Sighting> seen = host.captures().stream()
                .flatMap(c -> flow.forwardTuples().stream().flatMap(t -> c.sightings().of(t).stream()))
                .distinct()
                .sorted(java.util.Comparator.comparingLong(Sighting::timeNanos))
                .toList();
        return new FlowSightings(host.host(), flow, seen, host.hasCapture());
    }

    public static FlowSightings of(HostEvidence host, FiveTuple flow) {
        return of(host, new FlowIdentity(flow, java.util.Map.of()));
    }

    public List<Sighting> forward() {
        return packets.stream().filter(s -> !s.icmpError() && flow.isForward(s.tuple())).toList();
    }

    public List<Sighting> back() {
        return packets.stream().filter(s -> !s.icmpError() && flow.isReply(s.tuple())).toList();
    }

    public List<Sighting> icmpErrors() {
        return packets.stream().filter(Sighting::icmpError).toList();
    }

    public boolean sawSyn() {
        return forward().stream().anyMatch(Sighting::syn);
    }

    public boolean sawSynAck() {
        return back().stream().anyMatch(Sighting::synAck);
    }

    public Optional<Sighting> first(Predicate<Sighting> which, boolean forwardDirection) {
        return (forwardDirection ? forward() : back()).stream().filter(which).findFirst();
    }

    public long count(Predicate<Sighting> which, boolean forwardDirection) {
        return (forwardDirection ? forward() : back()).stream().filter(which).count();
    }

    public List<Provenance> cite(Predicate<Sighting> which, boolean forwardDirection, int limit) {
        return (forwardDirection ? forward() : back()).stream().filter(which).limit(limit)
                .map(s -> (Provenance) s.packet()).toList();
    }
}
