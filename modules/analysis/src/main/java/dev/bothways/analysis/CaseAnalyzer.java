package dev.bothways.analysis;

import dev.bothways.analysis.boundaries.BoundaryFinder;
import dev.bothways.analysis.boundaries.BoundaryVerdict;
import dev.bothways.analysis.evidence.CaseInventory;
import dev.bothways.analysis.evidence.FlowIdentity;
import dev.bothways.analysis.findings.Diagnoser;
import dev.bothways.analysis.lanes.AddressBook;
import dev.bothways.analysis.lanes.DivergenceFinder;
import dev.bothways.analysis.lanes.LaneStep;
import dev.bothways.analysis.lanes.LaneWalker;
import dev.bothways.analysis.lanes.Lanes;
import dev.bothways.analysis.lanes.WalkedLane;
import dev.bothways.analysis.layout.LaneLayout;
import dev.bothways.analysis.layout.TwoLaneLayout;
import dev.bothways.analysis.evidence.HostEvidence;
import dev.bothways.model.Addresses;
import dev.bothways.model.Basis;
import dev.bothways.model.Finding;
import dev.bothways.model.FindingKind;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Lane;
import dev.bothways.model.LanePath;
import dev.bothways.model.Link;
import dev.bothways.model.Node;
import dev.bothways.model.NodeId;
import dev.bothways.model.NodeRole;
import dev.bothways.model.Provenance;
import dev.bothways.model.Topology;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the whole diagnosis over one case's evidence: the flow and the roles, the two lanes walked
 * hop by hop, where they part, what each state boundary saw, the findings, and the layout.
 */
public final class CaseAnalyzer {

    public CaseAnalysis analyze(CaseEvidence evidence) {
        List<String> notes = new ArrayList<>();
        CaseInventory inventory = CaseInventory.of(evidence);
        Optional<FiveTuple> flow = evidence.flow().or(() -> {
            Optional<FiveTuple> chosen = FlowChooser.choose(inventory, evidence.client());
            chosen.ifPresent(f -> notes.add("the case names no flow; following " + f
                    + ", the one whose handshake did not complete"));
            return chosen;
        });
        String client = evidence.client()
                .or(() -> flow.flatMap(f -> inventory.owner(f.source())).map(h -> note(notes, h, "client", "sent the SYN")))
                .orElseGet(() -> note(notes, "client", "client", "is the default name"));
        String server = evidence.server()
                .or(() -> flow.flatMap(f -> inventory.owner(f.destination())).map(h -> note(notes, h, "server", "owns the flow's destination")))
                .orElseGet(() -> note(notes, "server", "server", "is the default name"));
        AddressBook book = new AddressBook();
        inventory.hosts().values().forEach(h -> book.claimAll(h.host(), h.ownAddresses()));
        flow.ifPresent(f -> {
            book.claim(client, f.source());
            book.claim(server, f.destination());
        });
        Optional<FlowIdentity> identity = flow.map(f -> FlowIdentity.of(f, inventory));
        FiveTuple forwardPacket = flow.orElseGet(() -> placeholderFlow(inventory, client, server, notes));
        Map<String, FiveTuple> forwardRewrites = new HashMap<>();
        Map<String, FiveTuple> returnRewrites = new HashMap<>();
        FiveTuple returnPacket = forwardPacket.reversed();
        if (identity.isPresent()) {
            for (FlowIdentity.Translation t : identity.get().translations().values()) {
                forwardRewrites.put(t.host(), t.translated());
                returnRewrites.put(t.host(), forwardPacket.reversed());
                returnPacket = t.translated().reversed();
            }
        }
        LaneWalker walker = new LaneWalker(inventory, book);
        WalkedLane forward = walker.walk(Lane.FORWARD, forwardPacket, client, server, forwardRewrites);
        WalkedLane back = walker.walk(Lane.RETURN, returnPacket, server, client, returnRewrites);
        Topology topology = topology(inventory, client, server, forward, back, book);
        Lanes lanes = new Lanes(topology, forward.path(), back.path(),
                new DivergenceFinder().find(forward.path(), back.path()));
        List<BoundaryVerdict> boundaries = identity
                .map(id -> new BoundaryFinder(inventory, evidence.markedBoundaries()).verdicts(id, forward.path(), back.path()))
                .orElse(List.of());
        List<Finding> findings = identity
                .map(id -> new Diagnoser(inventory, id, client, server, forward, back, boundaries).findings())
                .orElseGet(() -> List.of(new Finding(FindingKind.INSUFFICIENT_EVIDENCE, 0.2, Optional.empty(),
                        Optional.empty(), "no flow named and no capture shows one opening", List.of(), List.of(),
                        "name the failing flow in case.json or with --flow, and capture it on both ends", List.of(),
                        Optional.empty())));
        LaneLayout layout = new TwoLaneLayout().layout(lanes.forward(), lanes.back());
        Map<String, Double> offsets = clockOffsets(evidence, client);
        return new CaseAnalysis(evidence, client, server, notes, flow, identity, lanes, forward, back, boundaries,
                layout, findings, offsets);
    }

    /**
     * Each capturing host's clock relative to the client's, in seconds: the user's figure when the
     * case gives one, else the estimate from packets matched across captures.
     */
    private static Map<String, Double> clockOffsets(CaseEvidence evidence, String client) {
        Map<String, Double> estimated = new LinkedHashMap<>();
        evidence.estimatedClockOffsets().forEach(o -> estimated.put(o.capturePoint(), o.offsetNanos() / 1e9));
        double base = estimated.getOrDefault(client, 0.0);
        Map<String, Double> offsets = new LinkedHashMap<>();
        offsets.put(client, 0.0);
        estimated.forEach((host, seconds) -> offsets.put(host, Math.round((seconds - base) * 1e6) / 1e6));
        offsets.putAll(evidence.knownClockOffsets());
        return offsets;
    }

    private static String note(List<String> notes, String host, String role, String why) {
        notes.add("took " + host + " as the " + role + ": it " + why);
        return host;
    }

    /** Without a flow, the lanes are still walked between the two ends' first addresses. */
    private static FiveTuple placeholderFlow(CaseInventory inventory, String client, String server, List<String> notes) {
        InetAddress from = inventory.host(client).flatMap(h -> h.ownAddresses().stream().findFirst())
                .orElse(java.net.InetAddress.getLoopbackAddress());
        InetAddress to = inventory.host(server).flatMap(h -> h.ownAddresses().stream().findFirst())
                .or(() -> inventory.host(client).flatMap(h -> h.traces().stream().findFirst())
                        .flatMap(t -> t.trace().target()))
                .orElse(java.net.InetAddress.getLoopbackAddress());
        notes.add("no flow known; the lanes follow any packet from " + Addresses.format(from) + " to " + Addresses.format(to));
        return new FiveTuple(dev.bothways.model.Protocol.TCP, from, 0, to, 0);
    }

    private static Topology topology(CaseInventory inventory, String client, String server, WalkedLane forward,
                                     WalkedLane back, AddressBook book) {
        Map<NodeId, Node> nodes = new LinkedHashMap<>();
        Map<String, Link> links = new LinkedHashMap<>();
        for (WalkedLane lane : List.of(forward, back)) {
            for (NodeId id : lane.path().nodes()) {
                List<Provenance> reachedBy = lane.steps().stream().filter(s -> s.to().equals(id))
                        .flatMap(s -> s.evidence().stream()).toList();
                nodes.computeIfAbsent(id, k -> node(inventory, k, client, server, reachedBy));
            }
            for (LaneStep step : lane.steps()) {
                String key = step.from() + "\u0000" + step.to();
                Link old = links.get(key);
                if (old == null || old.basis() == Basis.INFERRED && step.basis() == Basis.OBSERVED) {
                    links.put(key, new Link(step.from(), step.to(), step.basis(), step.evidence()));
                }
            }
        }
        return Topology.of(List.copyOf(nodes.values()), List.copyOf(links.values()));
    }

    /** A node: a case host with its own addresses as evidence, else what the lane step that reached it cites. */
    private static Node node(CaseInventory inventory, NodeId id, String client, String server,
                             List<Provenance> reachedBy) {
        NodeRole role = id.value().equals(client) ? NodeRole.CLIENT
                : id.value().equals(server) ? NodeRole.SERVER : NodeRole.ROUTER;
        Optional<HostEvidence> host = inventory.host(id.value());
        if (host.isPresent()) {
            List<Provenance> evidence = host.get().addresses().stream().limit(6).map(e -> e.provenance()).toList();
            Set<InetAddress> addresses = host.get().ownAddresses();
            return new Node(id, id.value(), role, addresses, Basis.OBSERVED, evidence);
        }
        if (id.value().startsWith("? ")) {
            return new Node(id, "* * *", NodeRole.UNKNOWN, Set.of(), Basis.INFERRED, reachedBy);
        }
        Set<InetAddress> addresses = Addresses.parse(id.value()).map(Set::of).orElse(Set.of());
        return new Node(id, id.value(), role, addresses, Basis.OBSERVED, reachedBy);
    }
}
