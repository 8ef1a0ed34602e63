package dev.bothways.capture.match;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.model.CaptureCoverage;
import dev.bothways.model.ClockOffset;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Lane;
import dev.bothways.model.Observation;
import dev.bothways.model.PacketKind;
import dev.bothways.model.Progress;
import dev.bothways.model.Protocol;
import dev.bothways.model.Visibility;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Follows packets across several captures of the same traffic. The first capture is the
 * reference clock. Packets are matched by what survives forwarding ({@link PacketIdentity}), and
 * retransmissions of the same segment are told apart by IP ID where both points show one, else by
 * their order. Each capture's clock offset is estimated from the matches (or taken from
 * {@code manualOffsets}), and every packet becomes one {@link Observation} per capture point.
 */
public final class CrossCaptureMatcher {
    private static final int SYN = 0x02;
    private static final int ACK = 0x10;
    private static final int FIN = 0x01;
    private static final int RST = 0x04;
    private static final long MARGIN = 1_000_000L;

    private CrossCaptureMatcher() {
    }

    /**
     * Matches {@code captures} (the first is the reference). {@code flows} names the flows to
     * follow, client to server (empty: the TCP control packets of every flow); {@code nat} maps
     * translated tuples back; {@code manualOffsets} overrides estimates by capture point.
     */
    public static CrossCaptureMatch match(List<CaptureInput> captures, List<FiveTuple> flows, List<NatMapping> nat,
                                          Map<String, Duration> manualOffsets, Progress progress) throws IOException {
        if (captures.isEmpty()) {
            throw new IllegalArgumentException("matching needs at least one capture");
        }
        Map<FiveTuple, FiveTuple> translations = NatMapping.translations(nat);
        Set<FiveTuple> interest = new LinkedHashSet<>(flows);
        Map<String, CaptureScan.Result> scans = new LinkedHashMap<>();
        for (CaptureInput c : captures) {
            scans.put(c.point(), CaptureScan.scan(c, interest, translations, progress));
            if (progress.cancelled()) {
                break;
            }
        }
        String reference = captures.get(0).point();
        Map<FiveTuple, FiveTuple> oriented = orientation(flows, scans);
        List<Map<String, List<Sighting>>> instances = new ArrayList<>();
        List<PacketIdentity> identities = new ArrayList<>();
        group(scans, instances, identities);

        List<ClockOffset> offsets = offsets(new ArrayList<>(scans.keySet()), reference, instances, identities, oriented,
                manualOffsets, longestHandshake(scans));
        Map<String, ClockOffset> byPoint = new HashMap<>();
        offsets.forEach(o -> byPoint.put(o.capturePoint(), o));

        List<CaptureCoverage> coverage = scans.values().stream().map(CaptureScan.Result::coverage).toList();
        Map<String, Map<FiveTuple, FiveTuple>> localViews = localViews(scans);
        List<PacketTrail> trails = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            PacketIdentity id = identities.get(i);
            // An ICMP error belongs to the flow it quotes and travels back toward the quoted packet's sender.
            FiveTuple about = id.quotes().orElse(id.packet());
            FiveTuple flow = oriented.getOrDefault(about, about);
            Lane lane = lane(about, oriented);
            if (id.quotes().isPresent()) {
                lane = lane == Lane.FORWARD ? Lane.RETURN : Lane.FORWARD;
            }
            trails.add(new PacketTrail(flow, lane, kind(id), id.seq(), instances.get(i)));
            times.add(referenceTime(instances.get(i), byPoint));
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < trails.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingLong(times::get));
        List<PacketTrail> sorted = new ArrayList<>();
        List<Observation> observations = new ArrayList<>();
        for (int i : order) {
            PacketTrail trail = trails.get(i);
            sorted.add(trail);
            for (CaptureCoverage cov : coverage) {
                observations.add(observe(trail, identities.get(i), times.get(i), cov, byPoint, localViews));
            }
        }
        Map<String, List<CaptureDiagnostic>> diagnostics = new LinkedHashMap<>();
        scans.forEach((point, scan) -> diagnostics.put(point, scan.diagnostics()));
        return new CrossCaptureMatch(reference, offsets, coverage, sorted, observations, diagnostics);
    }

    /**
     * Every point's offset to the reference. A point that shares no packet with the reference is
     * reached through one that does (offsets add up, and so do uncertainties), always along the
     * pair that shares the most packets; a point sharing none with anyone is assumed in step.
     */
    private static List<ClockOffset> offsets(List<String> points, String reference,
                                             List<Map<String, List<Sighting>>> instances, List<PacketIdentity> identities,
                                             Map<FiveTuple, FiveTuple> oriented, Map<String, Duration> manual,
                                             long roundTrip) {
        Map<String, ClockOffset> resolved = new LinkedHashMap<>();
        resolved.put(reference, manual.containsKey(reference)
                ? new ClockOffset(reference, reference, manual.get(reference).toNanos(), 0, 0, ClockOffset.Source.MANUAL)
                : new ClockOffset(reference, reference, 0, 0, 0, ClockOffset.Source.REFERENCE));
        for (String point : points) {
            if (manual.containsKey(point) && !point.equals(reference)) {
                resolved.put(point, new ClockOffset(point, reference, manual.get(point).toNanos(), 0, 0,
                        ClockOffset.Source.MANUAL));
            }
        }
        while (resolved.size() < points.size()) {
            String bestPoint = null;
            String bestVia = null;
            int bestCount = 0;
            for (String point : points) {
                if (resolved.containsKey(point)) {
                    continue;
                }
                for (String via : resolved.keySet()) {
                    int count = 0;
                    for (Map<String, List<Sighting>> instance : instances) {
                        if (instance.containsKey(point) && instance.containsKey(via)) {
                            count++;
                        }
                    }
                    if (count > bestCount) {
                        bestCount = count;
                        bestPoint = point;
                        bestVia = via;
                    }
                }
            }
            if (bestPoint == null) {
                break;
            }
            ClockOffsetEstimator estimator = new ClockOffsetEstimator();
            for (int i = 0; i < instances.size(); i++) {
                List<Sighting> atVia = instances.get(i).get(bestVia);
                List<Sighting> atPoint = instances.get(i).get(bestPoint);
                if (atVia != null && atPoint != null) {
                    estimator.add(travel(identities.get(i), oriented), atPoint.get(0).timeNanos() - atVia.get(0).timeNanos());
                }
            }
            ClockOffset step = estimator.estimate(bestPoint, bestVia, roundTrip);
            ClockOffset via = resolved.get(bestVia);
            resolved.put(bestPoint, new ClockOffset(bestPoint, reference, via.offsetNanos() + step.offsetNanos(),
                    via.uncertaintyNanos() + step.uncertaintyNanos(), step.samples(), step.source()));
        }
        List<ClockOffset> out = new ArrayList<>();
        for (String point : points) {
            out.add(resolved.getOrDefault(point, new ClockOffset(point, reference, 0,
                    ClockOffsetEstimator.ASSUMED_UNCERTAINTY, 0, ClockOffset.Source.ASSUMED)));
        }
        return out;
    }

    /** Two passes of one packet through a host it is captured on come well within this of each other. */
    private static final long SAME_PASS = 10_000_000L;

    /**
     * Puts sightings of the same identity at different points together, one map per packet
     * instance. At one point, a second sighting with the same IP ID soon after the first is the
     * same packet leaving the host (captured on every interface); otherwise it is a retransmission.
     */
    private static void group(Map<String, CaptureScan.Result> scans, List<Map<String, List<Sighting>>> instances,
                              List<PacketIdentity> identities) {
        Map<PacketIdentity, List<Map<String, List<Sighting>>>> byIdentity = new LinkedHashMap<>();
        for (Map.Entry<String, CaptureScan.Result> scan : scans.entrySet()) {
            String point = scan.getKey();
            for (Map.Entry<PacketIdentity, List<Sighting>> e : scan.getValue().sightings().entrySet()) {
                List<Map<String, List<Sighting>>> known = byIdentity.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
                for (Sighting s : e.getValue()) {
                    Map<String, List<Sighting>> target = sameTraversal(known, point, s);
                    if (target == null && s.ipId() != 0) {
                        target = firstWithout(known, point, o -> o.ipId() == s.ipId());
                    }
                    if (target == null) {
                        target = firstWithout(known, point, o -> o.ipId() == 0 || s.ipId() == 0 || o.ipId() == s.ipId());
                    }
                    if (target == null) {
                        target = new LinkedHashMap<>();
                        known.add(target);
                    }
                    target.computeIfAbsent(point, p -> new ArrayList<>(1)).add(s);
                }
            }
        }
        byIdentity.forEach((identity, list) -> {
            for (Map<String, List<Sighting>> instance : list) {
                identities.add(identity);
                instances.add(instance);
            }
        });
    }

    private static Map<String, List<Sighting>> sameTraversal(List<Map<String, List<Sighting>>> known, String point,
                                                             Sighting s) {
        for (Map<String, List<Sighting>> candidate : known) {
            List<Sighting> here = candidate.get(point);
            if (here != null) {
                Sighting last = here.get(here.size() - 1);
                if (last.ipId() == s.ipId() && Math.abs(s.timeNanos() - last.timeNanos()) < SAME_PASS) {
                    return candidate;
                }
            }
        }
        return null;
    }

    private static Map<String, List<Sighting>> firstWithout(List<Map<String, List<Sighting>>> known, String point,
                                                            java.util.function.Predicate<Sighting> fits) {
        for (Map<String, List<Sighting>> candidate : known) {
            if (!candidate.containsKey(point) && candidate.values().stream().flatMap(List::stream).allMatch(fits)) {
                return candidate;
            }
        }
        return null;
    }

    /** For every directional tuple seen, the flow it belongs to, oriented client to server. */
    private static Map<FiveTuple, FiveTuple> orientation(List<FiveTuple> flows, Map<String, CaptureScan.Result> scans) {
        Map<FiveTuple, FiveTuple> out = new HashMap<>();
        for (FiveTuple f : flows) {
            out.put(f, f);
            out.put(f.reversed(), f);
        }
        Map<FiveTuple, FiveTuple> fromSynAck = new HashMap<>();
        Set<FiveTuple> all = new LinkedHashSet<>();
        for (CaptureScan.Result scan : scans.values()) {
            for (PacketIdentity id : scan.sightings().keySet()) {
                FiveTuple t = id.packet();
                all.add(t);
                if (id.packet().protocol() == Protocol.TCP && (id.flags() & (SYN | ACK)) == SYN) {
                    out.putIfAbsent(t, t);
                    out.putIfAbsent(t.reversed(), t);
                } else if (id.packet().protocol() == Protocol.TCP && (id.flags() & (SYN | ACK)) == (SYN | ACK)) {
                    fromSynAck.putIfAbsent(t, t.reversed());
                    fromSynAck.putIfAbsent(t.reversed(), t.reversed());
                }
            }
        }
        fromSynAck.forEach(out::putIfAbsent);
        for (FiveTuple t : all) {
            if (!out.containsKey(t)) {
                FiveTuple client = t.sourcePort() > t.destinationPort() ? t : t.reversed();
                out.put(t, client);
                out.put(t.reversed(), client);
            }
        }
        return out;
    }

    /** The lane a packet travels: its flow's, or for an ICMP error the opposite of the packet it quotes. */
    private static Lane travel(PacketIdentity id, Map<FiveTuple, FiveTuple> oriented) {
        if (id.quotes().isEmpty()) {
            return lane(id.packet(), oriented);
        }
        return lane(id.quotes().get(), oriented) == Lane.FORWARD ? Lane.RETURN : Lane.FORWARD;
    }

    private static Lane lane(FiveTuple packet, Map<FiveTuple, FiveTuple> oriented) {
        return oriented.getOrDefault(packet, packet).equals(packet) ? Lane.FORWARD : Lane.RETURN;
    }

    private static PacketKind kind(PacketIdentity id) {
        return switch (id.packet().protocol()) {
            case TCP -> {
                int f = id.flags();
                if ((f & RST) != 0) {
                    yield PacketKind.RST;
                }
                if ((f & SYN) != 0) {
                    yield (f & ACK) != 0 ? PacketKind.SYN_ACK : PacketKind.SYN;
                }
                if ((f & FIN) != 0) {
                    yield PacketKind.FIN;
                }
                yield id.payloadLength() > 0 ? PacketKind.DATA : PacketKind.ACK;
            }
            case UDP -> PacketKind.DATAGRAM;
            case ICMP, ICMPV6 -> PacketKind.ICMP;
            case OTHER -> PacketKind.OTHER;
        };
    }

    /**
     * The longest handshake round trip any point saw: from a flow's first SYN-ACK back to the
     * last SYN before it. Measured near the client it bounds every one-way delay on the path; it is
     * the best bound the captures offer when no point there saw the reply.
     */
    private static long longestHandshake(Map<String, CaptureScan.Result> scans) {
        long longest = 0;
        for (CaptureScan.Result scan : scans.values()) {
            Map<FiveTuple, List<Long>> syns = new HashMap<>();
            Map<FiveTuple, Long> firstSynAck = new HashMap<>();
            for (Map.Entry<PacketIdentity, List<Sighting>> e : scan.sightings().entrySet()) {
                PacketIdentity id = e.getKey();
                if (id.packet().protocol() != Protocol.TCP) {
                    continue;
                }
                if ((id.flags() & (SYN | ACK)) == SYN) {
                    e.getValue().forEach(s -> syns.computeIfAbsent(id.packet(), k -> new ArrayList<>()).add(s.timeNanos()));
                } else if ((id.flags() & (SYN | ACK)) == (SYN | ACK)) {
                    long t = e.getValue().get(0).timeNanos();
                    firstSynAck.merge(id.packet().reversed(), t, Math::min);
                }
            }
            for (Map.Entry<FiveTuple, Long> e : firstSynAck.entrySet()) {
                long synAck = e.getValue();
                long lastSyn = syns.getOrDefault(e.getKey(), List.of()).stream()
                        .filter(t -> t <= synAck).mapToLong(Long::longValue).max().orElse(synAck);
                longest = Math.max(longest, synAck - lastSyn);
            }
        }
        return longest;
    }

    /** When the packet passed, on the reference clock: from the point that saw it whose clock is best known. */
    private static long referenceTime(Map<String, List<Sighting>> instance, Map<String, ClockOffset> offsets) {
        Sighting best = witness(instance, offsets);
        return best.timeNanos() - offsets.get(best.point()).offsetNanos();
    }

    private static Sighting witness(Map<String, List<Sighting>> instance, Map<String, ClockOffset> offsets) {
        Sighting best = null;
        for (List<Sighting> passes : instance.values()) {
            Sighting s = passes.get(0);
            if (best == null || offsets.get(s.point()).uncertaintyNanos() < offsets.get(best.point()).uncertaintyNanos()) {
                best = s;
            }
        }
        return best;
    }

    /** How each point saw each original-side directional tuple (its local form, before NAT translation). */
    private static Map<String, Map<FiveTuple, FiveTuple>> localViews(Map<String, CaptureScan.Result> scans) {
        Map<String, Map<FiveTuple, FiveTuple>> out = new HashMap<>();
        scans.forEach((point, scan) -> {
            Map<FiveTuple, FiveTuple> view = new HashMap<>();
            scan.sightings().forEach((id, list) -> view.putIfAbsent(id.packet(), list.get(0).local()));
            out.put(point, view);
        });
        return out;
    }

    private static Observation observe(PacketTrail trail, PacketIdentity id, long referenceNanos, CaptureCoverage cov,
                                       Map<String, ClockOffset> offsets, Map<String, Map<FiveTuple, FiveTuple>> views) {
        String point = cov.capturePoint();
        Optional<Sighting> seen = trail.at(point);
        ClockOffset offset = offsets.get(point);
        if (seen.isPresent()) {
            return new Observation(trail.flow(), trail.lane(), trail.kind(), trail.seq(), point,
                    seen.get().timeNanos() - offset.offsetNanos(), Visibility.SEEN, Optional.of(seen.get().packet()),
                    "seen (TTL " + seen.get().ttl() + ")");
        }
        Sighting witness = witness(trail.sightings(), offsets);
        long margin = offset.uncertaintyNanos() + offsets.get(witness.point()).uncertaintyNanos() + MARGIN;
        long local = referenceNanos + offset.offsetNanos();
        Visibility verdict = Visibility.UNKNOWABLE;
        String why;
        FiveTuple localTuple = views.getOrDefault(point, Map.of()).getOrDefault(id.packet(), id.packet());
        Optional<Boolean> passes = cov.filter().map(f -> CaptureFilter.matches(f, localTuple)).orElse(Optional.of(true));
        if (!cov.running(local, margin)) {
            why = "the capture at " + point + " was not running then";
        } else if (passes.isEmpty()) {
            why = "the capture filter \"" + cov.filter().orElse("") + "\" is beyond what Bothways evaluates";
        } else if (!passes.get()) {
            why = "the capture filter \"" + cov.filter().orElse("") + "\" excludes it";
        } else if (cov.dropped().isPresent() && cov.dropped().getAsLong() > 0) {
            why = point + " reported " + cov.dropped().getAsLong() + " dropped packets";
        } else {
            verdict = Visibility.NOT_SEEN;
            why = "not seen although the capture was running, "
                    + (cov.filter().isPresent() ? "its filter \"" + cov.filter().get() + "\" passes it" : "no filter was stated")
                    + " and " + (cov.dropped().isPresent() ? "it reported no drops" : "it reported no drop counts");
        }
        return new Observation(trail.flow(), trail.lane(), trail.kind(), trail.seq(), point, referenceNanos, verdict,
                Optional.empty(), why);
    }
}
