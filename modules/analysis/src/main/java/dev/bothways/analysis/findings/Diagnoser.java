package dev.bothways.analysis.findings;

import dev.bothways.analysis.boundaries.BoundaryKind;
import dev.bothways.analysis.boundaries.BoundaryVerdict;
import dev.bothways.analysis.boundaries.Sight;
import dev.bothways.analysis.evidence.CaseInventory;
import dev.bothways.analysis.evidence.FlowIdentity;
import dev.bothways.analysis.evidence.FlowSightings;
import dev.bothways.analysis.evidence.HostEvidence;
import dev.bothways.analysis.lanes.DivergenceFinder;
import dev.bothways.analysis.lanes.EcmpBranch;
import dev.bothways.analysis.lanes.WalkedLane;
import dev.bothways.capture.packets.CapturedPacket;
import dev.bothways.model.Addresses;
import dev.bothways.model.Evidence;
import dev.bothways.model.Finding;
import dev.bothways.model.FindingKind;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Lane;
import dev.bothways.model.NodeId;
import dev.bothways.model.PacketFate;
import dev.bothways.model.Provenance;
import dev.bothways.model.kernellog.MartianReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Weighs the evidence of one flow against the failure modes of the field guide and states the
 * findings, most likely first. A packet "died between A and B" only when both could have seen it;
 * otherwise the finding says what is missing and which artifact would settle it.
 */
public final class Diagnoser {
    private static final int FULL_SIZE = 1000;

    private final CaseInventory inventory;
    private final FlowIdentity flow;
    private final String client;
    private final String server;
    private final WalkedLane forward;
    private final WalkedLane back;
    private final List<BoundaryVerdict> verdicts;
    private long flowTime = -1;

    public Diagnoser(CaseInventory inventory, FlowIdentity flow, String client, String server, WalkedLane forward,
                     WalkedLane back, List<BoundaryVerdict> verdicts) {
        this.inventory = inventory;
        this.flow = flow;
        this.client = client;
        this.server = server;
        this.forward = forward;
        this.back = back;
        this.verdicts = verdicts;
    }

    public List<Finding> findings() {
        Handshake h = new Handshake(sightings(client), sightings(server));
        List<Finding> found = new ArrayList<>();
        if (!h.clientCaptured() && !h.serverCaptured()) {
            found.add(withoutCaptures());
        } else if (h.clientGotSynAck() || h.serverSentSynAck() && !h.serverCaptured()) {
            found.addAll(afterHandshake(h));
        } else if (h.serverSentSynAck() || h.serverGotSyn() && h.clientSentSyn()) {
            found.addAll(returnTrouble(h));
        } else if (h.clientSentSyn()) {
            found.addAll(forwardTrouble(h));
        } else {
            found.add(insufficient("neither end's capture shows the flow " + flow.flow() + " opening",
                    List.of(), "check the capture filter and the flow; capture on both ends while reproducing"));
        }
        found.sort(Comparator.comparingDouble(Finding::confidence).reversed());
        return found;
    }

    private FlowSightings sightings(String host) {
        return inventory.host(host).map(e -> FlowSightings.of(e, flow))
                .orElseGet(() -> new FlowSightings(host, flow, List.of(), false));
    }

    /** The SYN-ACK (or the server's answer) left the server and the client never saw it. */
    private List<Finding> returnTrouble(Handshake h) {
        List<Finding> found = new ArrayList<>();
        List<Provenance> lost = new ArrayList<>(h.server().cite(CapturedPacket::synAck, false, 2));
        lost.addAll(h.client().cite(CapturedPacket::syn, true, 3));
        if (!h.serverSentSynAck() && h.serverGotSyn()) {
            Optional<Finding> rp = rpFilter(server, h);
            if (rp.isPresent()) {
                found.add(rp.get());
                return found;
            }
        }
        Optional<BoundaryVerdict> culprit = verdicts.stream()
                .filter(v -> v.lanes().contains(Lane.RETURN) || v.flowDrops())
                .filter(v -> v.reply() == Sight.SEEN || v.flowDrops())
                .filter(v -> v.opening() != Sight.SEEN || !v.droppedWhat().isEmpty() && v.droppedWhat().contains("SYN-ACK"))
                .max(Comparator.comparingInt(this::weight));
        if (culprit.isPresent() && (culprit.get().flowDrops() || culprit.get().opening() != Sight.SEEN)) {
            found.add(statefulDrop(culprit.get(), h, lost, "SYN-ACK", Lane.RETURN));
        } else if (!h.clientCaptured()) {
            found.add(insufficient("the server sent the SYN-ACK, but there is no capture on " + client
                    + " to say whether it arrived", lost, "capture on " + client + " while reproducing"));
        } else {
            found.add(plainLoss("SYN-ACK", Lane.RETURN, lost));
        }
        return found;
    }

    /** The SYN left the client and no answer came back; the server's capture, if any, never saw the SYN. */
    private List<Finding> forwardTrouble(Handshake h) {
        List<Provenance> lost = h.client().cite(CapturedPacket::syn, true, 3);
        if (!h.serverCaptured()) {
            Optional<BoundaryVerdict> replyDropped = verdicts.stream()
                    .filter(v -> v.flowDrops() && v.droppedWhat().contains("SYN-ACK"))
                    .max(Comparator.comparingInt(this::weight));
            if (replyDropped.isPresent()) {
                Finding f = statefulDrop(replyDropped.get(), h, lost, "SYN-ACK", Lane.RETURN);
                return List.of(new Finding(f.kind(), rounded(Math.max(0.3, f.confidence() - 0.15)), f.at(), f.flow(),
                        f.summary() + " (no capture on " + server + ": that it sent the SYN-ACK is shown by "
                                + replyDropped.get().boundary().node() + "'s log alone)",
                        f.evidence(), f.against(), f.next() + "; capture on " + server + " to confirm",
                        f.ruledOut(), f.died()));
            }
        }
        Optional<BoundaryVerdict> culprit = verdicts.stream()
                .filter(v -> v.flowDrops() && List.of(v.droppedWhat().split(", ")).contains("SYN"))
                .max(Comparator.comparingInt(this::weight));
        if (culprit.isPresent()) {
            return List.of(statefulDrop(culprit.get(), h, lost, "SYN", Lane.FORWARD));
        }
        for (HostEvidence host : inventory.hosts().values()) {
            Optional<Finding> rp = rpFilter(host.host(), h);
            if (rp.isPresent()) {
                return List.of(rp.get());
            }
        }
        if (!h.serverCaptured()) {
            return List.of(insufficient("the client sent the SYN " + h.clientSyns() + " times and got no answer, "
                    + "but there is no capture on " + server + " to say whether it arrived", lost,
                    "capture on " + server + " (and on the devices between) while reproducing"));
        }
        return List.of(plainLoss("SYN", Lane.FORWARD, lost));
    }

    /** A martian report on {@code host} for the flow's packets, with strict rp_filter there. */
    private Optional<Finding> rpFilter(String host, Handshake h) {
        Optional<HostEvidence> evidence = inventory.host(host);
        if (evidence.isEmpty()) {
            return Optional.empty();
        }
        String src = Addresses.format(flow.flow().source());
        String dst = Addresses.format(flow.flow().destination());
        List<Evidence<MartianReport>> reports = evidence.get().martians().stream()
                .filter(m -> m.fact().source().equals(src) && m.fact().destination().equals(dst)
                        || m.fact().source().equals(dst) && m.fact().destination().equals(src))
                .toList();
        Optional<BoundaryVerdict> strict = verdicts.stream()
                .filter(v -> v.boundary().node().value().equals(host)
                        && v.boundary().kinds().contains(BoundaryKind.STRICT_RP_FILTER)).findFirst();
        if (reports.isEmpty()) {
            return Optional.empty();
        }
        List<Provenance> cited = new ArrayList<>();
        reports.stream().limit(3).forEach(r -> cited.add(r.provenance()));
        strict.ifPresent(v -> cited.addAll(v.boundary().evidence()));
        cited.addAll(h.server().cite(CapturedPacket::syn, true, 2));
        String device = reports.get(0).fact().device();
        double confidence = strict.isPresent() ? 0.93 : 0.75;
        return Optional.of(new Finding(FindingKind.RP_FILTER_DROP, confidence, Optional.of(host),
                Optional.of(flow.flow()),
                host + " dropped the flow's packets arriving on " + device + " as martians: with strict rp_filter"
                        + " the kernel would answer " + src + " by another interface, so it refuses what comes in by this one",
                cited, List.of(),
                "set net.ipv4.conf." + device + ".rp_filter=2 (loose) or route " + src
                        + " back out " + device + "; then retry the same 5-tuple",
                List.of("stateful firewall drop: no device on the path logged the flow's packets as INVALID",
                        "plain loss: " + host + "'s own kernel reports the drop (martian source)"),
                Optional.of(fate("SYN", Lane.FORWARD, CapturedPacket::syn, Optional.of(host)))));
    }

    private Finding statefulDrop(BoundaryVerdict v, Handshake h, List<Provenance> lost, String packet, Lane lane) {
        return statefulDrop(v, h, lost, packet, lane, kindOf(packet));
    }

    private Finding statefulDrop(BoundaryVerdict v, Handshake h, List<Provenance> lost, String packet, Lane lane,
                                 java.util.function.Predicate<CapturedPacket> which) {
        String at = v.boundary().node().value();
        Optional<PacketFate> died = Optional.of(fate(packet, lane, which, Optional.of(at)));
        List<Provenance> cited = new ArrayList<>(v.drops());
        cited.addAll(v.replyEvidence());
        cited.addAll(lost);
        List<Provenance> against = new ArrayList<>(v.openingEvidence());
        boolean onForward = forward.path().nodes().contains(v.boundary().node());
        boolean nat = flow.translations().values().stream().anyMatch(t -> !t.host().equals(at));
        double confidence = 0.55;
        if (v.flowDrops()) {
            confidence += 0.25;
        }
        if (v.opening() == Sight.NOT_SEEN || !onForward) {
            confidence += 0.1;
        }
        if (h.serverCaptured() && h.clientCaptured()) {
            confidence += 0.05;
        }
        if (!v.openingEvidence().isEmpty() && !nat) {
            confidence -= 0.2;
        }
        List<EcmpBranch> branches = new ArrayList<>(forward.ecmp());
        branches.addAll(back.ecmp());
        String partedAt = partingBranch(branches);
        List<String> ruledOut = new ArrayList<>();
        ruledOut.add("plain loss: " + at + (v.flowDrops() ? " logged dropping the flow's " + v.droppedWhat()
                : "'s INVALID-drop counters rose"));
        ruledOut.add("MTU blackhole: the lost packet is a " + packet + ", far below any MTU");
        ruledOut.add("rp_filter: no martian report for the flow on the " + lane.label() + " lane");
        if (nat) {
            FlowIdentity.Translation t = flow.translations().values().iterator().next();
            cited.addAll(t.evidence());
            return new Finding(FindingKind.NAT_RETURN_MISS, rounded(Math.min(0.95, confidence)), Optional.of(at),
                    Optional.of(flow.flow()),
                    t.host() + " translated the flow to " + t.translated() + ", but the " + packet + " came back through "
                            + at + ", which holds no translation for it and dropped it",
                    cited, against,
                    "make the return to " + Addresses.format(t.translated().source()) + " come back through " + t.host()
                            + " (route the NAT pool to it), or translate on the edge the replies use",
                    ruledOut, died);
        }
        String summary = "the " + packet + " took the " + lane.label() + " lane through " + at + ", which "
                + (onForward ? "" : "never saw the flow begin (the SYN went " + forwardMiddle() + ") and ")
                + (v.flowDrops() ? "dropped it as " + (v.droppedWhat().isEmpty() ? "INVALID" : "INVALID: " + v.droppedWhat())
                        : "counts INVALID drops")
                + (partedAt.isEmpty() ? "" : "; the lanes part at the multipath route on " + partedAt);
        List<Provenance> working = otherFlowsThatWork();
        FindingKind kind = !working.isEmpty() && !branches.isEmpty() ? FindingKind.ECMP_PARTIAL_ASYMMETRY
                : FindingKind.ASYMMETRIC_STATEFUL_DROP;
        if (kind == FindingKind.ECMP_PARTIAL_ASYMMETRY) {
            cited.addAll(working);
            summary = "some connections of this client work and some do not: per-flow ECMP hashing sends some replies "
                    + "through a firewall that never saw their SYN; " + summary;
        }
        return new Finding(kind, rounded(Math.min(0.97, confidence)), Optional.of(at), Optional.of(flow.flow()), summary,
                cited, against,
                "make both directions of the flow pass the same stateful device: pin the route for this prefix"
                        + (partedAt.isEmpty() ? "" : " on " + partedAt) + " or enable state sync between the firewalls;"
                        + " then retry the same 5-tuple",
                ruledOut, died);
    }

    /**
     * The multipath routes where the two lanes took different branches toward each other: the
     * hosts where they part and meet again, when those are multipath routes.
     */
    private String partingBranch(List<EcmpBranch> branches) {
        List<String> ends = new ArrayList<>();
        new DivergenceFinder().find(forward.path(), back.path()).ifPresent(d -> {
            ends.add(d.splitsAfter().value());
            d.rejoinsAt().map(NodeId::value).ifPresent(ends::add);
        });
        return branches.stream().map(EcmpBranch::host).filter(ends::contains).distinct()
                .reduce((a, b) -> a + " and " + b).orElse("");
    }

    private String forwardMiddle() {
        List<NodeId> nodes = forward.path().nodes();
        return nodes.size() > 2 ? "via " + String.join(", ", nodes.subList(1, nodes.size() - 1).stream().map(NodeId::value).toList())
                : "another way";
    }

    /**
     * Other connections from the same client to the same service that completed their handshake:
     * a SYN-ACK to another source port in a capture, or an assured conntrack entry on any host.
     */
    private List<Provenance> otherFlowsThatWork() {
        FiveTuple f = flow.flow();
        List<Provenance> found = new ArrayList<>();
        for (HostEvidence host : inventory.hosts().values()) {
            host.captures().stream().flatMap(c -> c.sightings().sightings().stream())
                    .filter(CapturedPacket::synAck)
                    .filter(s -> s.tuple().source().equals(f.destination()) && s.tuple().sourcePort() == f.destinationPort()
                            && s.tuple().destination().equals(f.source()) && s.tuple().destinationPort() != f.sourcePort())
                    .limit(2).forEach(s -> found.add(s.packet()));
            host.conntrackEvents().stream()
                    .filter(e -> e.fact().entry().assured())
                    .filter(e -> e.fact().entry().original().fiveTuple(f.protocol())
                            .filter(t -> t.source().equals(f.source()) && t.destination().equals(f.destination())
                                    && t.destinationPort() == f.destinationPort() && t.sourcePort() != f.sourcePort())
                            .isPresent())
                    .limit(2).forEach(e -> found.add(e.provenance()));
        }
        return found;
    }

    /** The handshake completed; did later packets die? */
    private List<Finding> afterHandshake(Handshake h) {
        List<CapturedPacket> serverSent = h.server().back();
        List<CapturedPacket> clientSent = h.client().forward();
        List<CapturedPacket> lostToClient = Handshake.neverArrived(serverSent, h.client().back());
        List<CapturedPacket> lostToServer = Handshake.neverArrived(clientSent, h.server().forward());
        List<CapturedPacket> bigLost = lostToClient.stream().filter(s -> s.payloadLength() >= FULL_SIZE).toList();
        List<CapturedPacket> tooBig = new ArrayList<>();
        for (HostEvidence host : inventory.hosts().values()) {
            tooBig.addAll(FlowSightings.of(host, flow).icmpErrors().stream().filter(s -> s.icmpMtu().isPresent()).toList());
        }
        if (h.serverCaptured() && h.clientCaptured() && !bigLost.isEmpty()
                && lostToClient.stream().allMatch(s -> s.payloadLength() >= FULL_SIZE)) {
            return List.of(mtu(bigLost, tooBig, h));
        }
        Optional<BoundaryVerdict> dropper = verdicts.stream().filter(BoundaryVerdict::flowDrops)
                .max(Comparator.comparingInt(this::weight));
        if (dropper.isPresent() && (!lostToServer.isEmpty() || !lostToClient.isEmpty())) {
            List<CapturedPacket> lost = lostToServer.isEmpty() ? lostToClient : lostToServer;
            Lane lane = lostToServer.isEmpty() ? Lane.RETURN : Lane.FORWARD;
            java.util.Set<Long> lostSeqs = new java.util.HashSet<>();
            lost.forEach(x -> lostSeqs.add(x.seq()));
            Finding f = statefulDrop(dropper.get(), h, Handshake.cite(lost, 3), "data segment", lane,
                    x -> x.payloadLength() > 0 && lostSeqs.contains(x.seq()));
            return List.of(new Finding(f.kind(), f.confidence(), f.at(), f.flow(),
                    "the handshake completed, then the flow's later packets were dropped as INVALID at "
                            + dropper.get().boundary().node() + ", a device that did not see the flow begin: the path changed"
                            + " mid-flow. " + f.summary(),
                    f.evidence(), f.against(), f.next(), f.ruledOut(), f.died()));
        }
        if (!lostToServer.isEmpty() || !lostToClient.isEmpty()) {
            List<CapturedPacket> lost = lostToServer.isEmpty() ? lostToClient : lostToServer;
            return List.of(plainLoss("data segment", lostToServer.isEmpty() ? Lane.RETURN : Lane.FORWARD,
                    Handshake.cite(lost, 3)));
        }
        List<Provenance> cited = new ArrayList<>(h.client().cite(CapturedPacket::syn, true, 1));
        cited.addAll(h.client().cite(CapturedPacket::synAck, false, 1));
        cited.addAll(h.server().cite(s -> s.payloadLength() > 0, false, 1));
        boolean bothEnds = h.clientCaptured() && h.serverCaptured();
        return List.of(new Finding(FindingKind.HEALTHY, bothEnds ? 0.9 : 0.6, Optional.empty(), Optional.of(flow.flow()),
                "the handshake completed and every segment one end sent reached the other"
                        + (bothEnds ? "" : " (as far as the one capture shows)"),
                cited, List.of(), "nothing to fix on this flow; if users still see failures, pick a failing 5-tuple",
                List.of("asymmetric drop: the SYN-ACK and the data arrived",
                        "MTU blackhole: no full-size segment went missing"), Optional.empty()));
    }

    private Finding mtu(List<CapturedPacket> bigLost, List<CapturedPacket> tooBig, Handshake h) {
        List<Provenance> cited = new ArrayList<>(Handshake.cite(bigLost, 3));
        cited.addAll(Handshake.cite(tooBig, 2));
        Optional<String> at = tooBig.stream().findFirst()
                .flatMap(s -> inventory.owner(s.tuple().source()))
                .or(() -> lastToSee(back, bigLost.get(0).seq()));
        String where = at.map(a -> " at " + a).orElse("");
        return new Finding(FindingKind.MTU_BLACKHOLE, tooBig.isEmpty() ? 0.7 : 0.88, at, Optional.of(flow.flow()),
                "small packets pass both ways but every full-size segment (" + bigLost.get(0).payloadLength()
                        + " bytes of payload) the server sent went missing" + where
                        + (tooBig.isEmpty() ? "" : ", where a 'fragmentation needed' error said the path MTU is "
                        + tooBig.get(0).icmpMtu().getAsInt() + " and never reached the server"),
                cited, List.of(),
                "let ICMP 'fragmentation needed' through to the sender, or clamp the MSS on the narrow link; "
                        + "then retry with a large response",
                List.of("asymmetric drop: the handshake and small segments completed both ways",
                        "plain loss: only full-size segments are lost, every time"),
                Optional.of(fate("data segment", Lane.RETURN, s -> s.payloadLength() >= FULL_SIZE, Optional.empty())));
    }

    /** The last node along {@code lane} whose capture saw the segment with {@code seq}, when a later node captured and did not. */
    private Optional<String> lastToSee(WalkedLane lane, long seq) {
        String last = null;
        for (NodeId node : lane.path().nodes()) {
            Optional<HostEvidence> host = inventory.host(node.value());
            if (host.isEmpty() || !host.get().hasCapture()) {
                continue;
            }
            boolean saw = FlowSightings.of(host.get(), flow).packets().stream()
                    .anyMatch(s -> s.seq() == seq && s.payloadLength() > 0);
            if (saw) {
                last = node.value();
            } else if (last != null) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }

    private Finding plainLoss(String packet, Lane lane, List<Provenance> lost) {
        WalkedLane walked = lane == Lane.FORWARD ? forward : back;
        List<String> unknown = walked.path().nodes().stream().map(NodeId::value)
                .filter(n -> !n.equals(client) && !n.equals(server))
                .filter(n -> inventory.host(n).map(h -> h.rulesets().isEmpty() && h.logPackets().isEmpty()
                        && !h.hasCapture()).orElse(true))
                .toList();
        Optional<PacketFate> died = Optional.of(fate(packet, lane, kindOf(packet), Optional.empty()));
        if (!unknown.isEmpty()) {
            return new Finding(FindingKind.INSUFFICIENT_EVIDENCE, 0.35, Optional.empty(), Optional.of(flow.flow()),
                    "the " + packet + " was lost on the " + lane.label() + " lane, but nothing was collected from "
                            + String.join(", ", unknown) + " to say whether "
                            + (unknown.size() == 1 ? "it" : "one of them") + " dropped it",
                    lost, List.of(),
                    "collect the ruleset with counters, the kernel log and a capture on " + String.join(", ", unknown),
                    List.of(), died);
        }
        return new Finding(FindingKind.PLAIN_LOSS, 0.5, Optional.empty(), Optional.of(flow.flow()),
                "the " + packet + " was lost on the " + lane.label() + " lane and no device on it logged or counted a drop",
                lost, List.of(),
                "capture on the devices of the " + lane.label() + " lane to box the loss between two capture points",
                List.of("stateful drop: no state boundary logged the flow or counted INVALID drops"), died);
    }

    private Finding withoutCaptures() {
        List<Provenance> cited = new ArrayList<>();
        forward.steps().forEach(s -> cited.addAll(s.evidence()));
        back.steps().forEach(s -> cited.addAll(s.evidence()));
        Optional<BoundaryVerdict> dropper = verdicts.stream().filter(BoundaryVerdict::flowDrops).findFirst();
        String summary = dropper.map(v -> v.line() + ", but without captures at both ends the packet's fate is not proven")
                .orElse("without a capture at either end nothing shows whether the flow's packets arrived");
        return insufficient(summary, cited, "capture the flow on " + client + " and " + server + " while reproducing");
    }

    private Finding insufficient(String summary, List<Provenance> cited, String next) {
        return new Finding(FindingKind.INSUFFICIENT_EVIDENCE, 0.3, Optional.empty(), Optional.of(flow.flow()),
                summary, cited, List.of(), next, List.of(), Optional.empty());
    }

    /**
     * Where a packet was seen: every host with a capture, in lane order (then the others), split
     * into those that saw it and those whose capture could have but did not; a host that logged
     * dropping it counts as having seen it.
     */
    private PacketFate fate(String packet, Lane lane, java.util.function.Predicate<CapturedPacket> which,
                            Optional<String> droppedAt) {
        boolean forwardDirection = lane == Lane.FORWARD;
        List<String> order = new ArrayList<>((forwardDirection ? forward : back).path().nodes().stream()
                .map(NodeId::value).toList());
        inventory.hosts().keySet().stream().filter(h -> !order.contains(h)).forEach(order::add);
        List<String> seen = new ArrayList<>();
        List<String> notSeen = new ArrayList<>();
        for (String name : order) {
            Optional<HostEvidence> host = inventory.host(name);
            if (host.isEmpty()) {
                continue;
            }
            FlowSightings s = FlowSightings.of(host.get(), flow);
            boolean saw = (forwardDirection ? s.forward() : s.back()).stream().anyMatch(which);
            if (saw || droppedAt.filter(name::equals).isPresent()) {
                seen.add(name);
            } else if (!s.packets().isEmpty() || host.get().couldSee(flowTime())) {
                notSeen.add(name);
            }
        }
        return new PacketFate(packet, lane, seen, notSeen);
    }

    /** When the flow began, by the first of its packets any capture saw; 0 when none did. Computed once. */
    private long flowTime() {
        if (flowTime < 0) {
            flowTime = inventory.hosts().values().stream().map(h -> FlowSightings.of(h, flow))
                    .flatMap(s -> s.packets().stream()).mapToLong(CapturedPacket::timeNanos).min().orElse(0);
        }
        return flowTime;
    }

    private static java.util.function.Predicate<CapturedPacket> kindOf(String packet) {
        return switch (packet) {
            case "SYN" -> CapturedPacket::syn;
            case "SYN-ACK" -> CapturedPacket::synAck;
            default -> s -> s.payloadLength() > 0;
        };
    }

    /** Confidence to two decimals: sums of weights should not print as 0.9500000000000001. */
    private static double rounded(double confidence) {
        return Math.round(confidence * 100) / 100.0;
    }

    /** How strongly a boundary's own evidence implicates it: a log line of this flow beats counters. */
    private int weight(BoundaryVerdict v) {
        return (v.flowDrops() ? 4 : 0) + (v.opening() == Sight.NOT_SEEN ? 2 : 0)
                + (v.lanes().contains(Lane.RETURN) && !v.lanes().contains(Lane.FORWARD) ? 1 : 0);
    }
}
