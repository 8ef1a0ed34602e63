package dev.bothways.analysis.lanes;

import dev.bothways.model.Addresses;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Basis;
import dev.bothways.model.Evidence;
import dev.bothways.model.Hop;
import dev.bothways.model.Lane;
import dev.bothways.model.LanePath;
import dev.bothways.model.Link;
import dev.bothways.model.Node;
import dev.bothways.model.NodeId;
import dev.bothways.model.NodeRole;
import dev.bothways.model.Provenance;
import dev.bothways.model.Responder;
import dev.bothways.model.Topology;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the two lanes from the path traced on the client toward the server (forward) and the
 * path traced on the server toward the client (return). Each hop's first responder stands for
 * the hop; a hop where every probe timed out becomes an inferred node.
 */
public final class LaneAssembler {
    private final AddressBook book;
    private final Map<NodeId, NodeDraft> nodes = new LinkedHashMap<>();
    private final Map<String, Link> links = new LinkedHashMap<>();

    public LaneAssembler(AddressBook book) {
        this.book = book;
    }

    public Lanes assemble(String client, String server, Optional<HostTrace> forward, Optional<HostTrace> back) {
        node(new NodeId(client), client, NodeRole.CLIENT, Basis.OBSERVED, List.of());
        node(new NodeId(server), server, NodeRole.SERVER, Basis.OBSERVED, List.of());
        LanePath forwardLane = lane(Lane.FORWARD, client, server, forward);
        LanePath returnLane = lane(Lane.RETURN, server, client, back);
        List<Node> built = nodes.values().stream().map(NodeDraft::build).toList();
        Topology topology = Topology.of(built, List.copyOf(links.values()));
        return new Lanes(topology, forwardLane, returnLane,
                new DivergenceFinder().find(forwardLane, returnLane));
    }

    private LanePath lane(Lane lane, String from, String to, Optional<HostTrace> trace) {
        List<NodeId> path = new ArrayList<>();
        NodeId start = new NodeId(from);
        NodeId end = new NodeId(to);
        path.add(start);
        if (trace.isEmpty()) {
            path.add(end);
            link(start, end, Basis.INFERRED, List.of());
            return new LanePath(lane, path);
        }
        HostTrace t = trace.get();
        trace.get().trace().target().ifPresent(target -> book.claim(to, target));
        NodeId previous = start;
        List<Provenance> previousEvidence = List.of();
        for (Evidence<Hop> hop : t.trace().hops()) {
            NodeId here = hopNode(lane, hop);
            if (here.equals(previous)) {
                continue;
            }
            Basis basis = hop.fact().silent() ? Basis.INFERRED : Basis.OBSERVED;
            List<Provenance> linkEvidence = basis == Basis.OBSERVED ? join(previousEvidence, hop.provenance()) : List.of();
            link(previous, here, basis, linkEvidence);
            path.add(here);
            previous = here;
            previousEvidence = List.of(hop.provenance());
            if (here.equals(end)) {
                break;
            }
        }
        if (!previous.equals(end)) {
            link(previous, end, Basis.INFERRED, List.of());
            path.add(end);
        }
        return new LanePath(lane, path);
    }

    private static List<Provenance> join(List<Provenance> before, Provenance now) {
        List<Provenance> all = new ArrayList<>(before);
        all.add(now);
        return all;
    }

    private NodeId hopNode(Lane lane, Evidence<Hop> hop) {
        if (hop.fact().silent()) {
            ArtifactLines lines = (ArtifactLines) hop.provenance();
            NodeId id = new NodeId("? " + lane.label() + " hop " + hop.fact().ttl());
            node(id, "* * *", NodeRole.UNKNOWN, Basis.INFERRED, List.of(lines));
            return id;
        }
        Responder first = hop.fact().responders().get(0);
        if (first.address().isEmpty()) {
            NodeId id = new NodeId(first.label());
            node(id, first.label(), NodeRole.ROUTER, Basis.OBSERVED, List.of(hop.provenance()));
            return id;
        }
        InetAddress address = first.address().get();
        NodeId id = book.nodeFor(address);
        String label = book.owner(address).orElseGet(() -> first.name().orElse(Addresses.format(address)));
        NodeDraft draft = node(id, label, NodeRole.ROUTER, Basis.OBSERVED, List.of(hop.provenance()));
        draft.addresses.add(address);
        return id;
    }

    private NodeDraft node(NodeId id, String label, NodeRole role, Basis basis, List<Provenance> evidence) {
        NodeDraft draft = nodes.computeIfAbsent(id, k -> new NodeDraft(id, label, role, basis));
        if (basis == Basis.OBSERVED) {
            draft.basis = Basis.OBSERVED;
        }
        draft.evidence.addAll(evidence);
        return draft;
    }

    private void link(NodeId from, NodeId to, Basis basis, List<Provenance> evidence) {
        String key = from + "\u0000" + to;
        Link old = links.get(key);
        if (old == null || (old.basis() == Basis.INFERRED && basis == Basis.OBSERVED)) {
            links.put(key, new Link(from, to, basis, evidence));
        }
    }

    private static final class NodeDraft {
        final NodeId id;
        final String label;
        final NodeRole role;
        Basis basis;
        final Set<InetAddress> addresses = new HashSet<>();
        final List<Provenance> evidence = new ArrayList<>();

        NodeDraft(NodeId id, String label, NodeRole role, Basis basis) {
            this.id = id;
            this.label = label;
            this.role = role;
            this.basis = basis;
        }

        Node build() {
            return new Node(id, label, role, addresses, basis, evidence);
        }
    }
}
