package dev.bothways.analysis.lanes;

import dev.bothways.analysis.evidence.CaseInventory;
import dev.bothways.analysis.evidence.FlowSightings;
import dev.bothways.analysis.evidence.HostEvidence;
import dev.bothways.analysis.routing.HostRouting;
import dev.bothways.analysis.routing.PolicyRouter;
import dev.bothways.analysis.routing.RouteOutcome;
import dev.bothways.analysis.routing.RoutedPacket;
import dev.bothways.analysis.routing.RoutingDecision;
import dev.bothways.capture.packets.LinkDirection;
import dev.bothways.capture.packets.CapturedPacket;
import dev.bothways.model.Addresses;
import dev.bothways.model.Basis;
import dev.bothways.model.Evidence;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Hop;
import dev.bothways.model.Lane;
import dev.bothways.model.LanePath;
import dev.bothways.model.NextHop;
import dev.bothways.model.NodeId;
import dev.bothways.model.Provenance;
import dev.bothways.model.Responder;
import dev.bothways.model.RouteDecision;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walks one lane hop by hop, asking at each node where this packet went next, from the strongest
 * evidence to the weakest: the node's own capture (the packet leaving by an interface), its
 * {@code ip route get} for this 5-tuple, its routing tables and rules (for a multipath route, the
 * branch whose host saw the packet), and last a traced path. When nothing says, the lane reaches
 * its end by an inferred link.
 */
public final class LaneWalker {
    private static final int MAX_HOPS = 24;

    private final CaseInventory inventory;
    private final AddressBook book;
    private final java.util.Map<String, PolicyRouter> routers = new java.util.HashMap<>();

    public LaneWalker(CaseInventory inventory, AddressBook book) {
        this.inventory = inventory;
        this.book = book;
    }

    /**
     * The lane {@code packet} travels from host {@code from} to host {@code to}; leaving a host
     * named in {@code rewrites} (a NAT), the packet goes on as the 5-tuple given there.
     */
    public WalkedLane walk(Lane lane, FiveTuple packet, String from, String to, java.util.Map<String, FiveTuple> rewrites) {
        List<NodeId> path = new ArrayList<>();
        List<LaneStep> steps = new ArrayList<>();
        List<EcmpBranch> ecmp = new ArrayList<>();
        NodeId end = new NodeId(to);
        NodeId here = new NodeId(from);
        Optional<String> arrivedOn = Optional.empty();
        Set<NodeId> visited = new HashSet<>();
        path.add(here);
        visited.add(here);
        while (!here.equals(end) && path.size() < MAX_HOPS) {
            Optional<NextHopChoice> choice = next(lane, packet, from, here, arrivedOn);
            if (choice.isEmpty() || visited.contains(choice.get().next())) {
                steps.add(new LaneStep(here, end, Basis.INFERRED,
                        "no evidence says where " + here + " sends it next", List.of()));
                path.add(end);
                break;
            }
            NextHopChoice c = choice.get();
            c.ecmp().ifPresent(ecmp::add);
            packet = rewrites.getOrDefault(here.value(), packet);
            steps.add(new LaneStep(here, c.next(), c.basis(), c.how(), c.evidence()));
            arrivedOn = arrivalInterface(c.next(), here);
            here = c.next();
            path.add(here);
            visited.add(here);
        }
        return new WalkedLane(new LanePath(lane, path), steps, ecmp);
    }

    private Optional<NextHopChoice> next(Lane lane, FiveTuple packet, String start, NodeId here,
                                         Optional<String> arrivedOn) {
        Optional<HostEvidence> host = inventory.host(here.value());
        if (host.isPresent()) {
            Optional<NextHopChoice> found = fromCapture(host.get(), packet)
                    .or(() -> fromRouteGet(host.get(), packet))
                    .map(c -> withBranch(lane, host.get(), packet, arrivedOn, c))
                    .or(() -> fromRouting(lane, host.get(), packet, arrivedOn));
            if (found.isPresent()) {
                return found;
            }
        }
        return fromTrace(start, here, packet);
    }

    /**
     * The packet seen leaving the host by an interface whose network holds exactly one other case
     * host; the latest such sighting wins, so a path that changed mid-flow is followed as it ended.
     */
    private Optional<NextHopChoice> fromCapture(HostEvidence host, FiveTuple packet) {
        List<CapturedPacket> seen = new ArrayList<>(FlowSightings.of(host, packet).packets());
        java.util.Collections.reverse(seen);
        for (CapturedPacket s : seen) {
            if (!s.tuple().equals(packet) || s.direction() != LinkDirection.OUT) {
                continue;
            }
            Optional<String> device = s.interfaceName()
                    .or(() -> s.interfaceIndex().isPresent() ? host.deviceOfIndex(s.interfaceIndex().getAsInt()) : Optional.empty());
            if (device.isEmpty()) {
                continue;
            }
            List<String> neighbours = inventory.neighboursOn(host.host(), device.get());
            if (neighbours.size() == 1) {
                return Optional.of(new NextHopChoice(new NodeId(neighbours.get(0)), Basis.OBSERVED,
                        host.host() + "'s capture shows the " + s.kind() + " leaving by " + device.get(),
                        List.of(s.packet()), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /** The kernel's own answer for this 5-tuple on this host. */
    private Optional<NextHopChoice> fromRouteGet(HostEvidence host, FiveTuple packet) {
        for (Evidence<RouteDecision> e : host.routeDecisions()) {
            RouteDecision d = e.fact();
            boolean sameDestination = d.destination().filter(packet.destination()::equals).isPresent();
            boolean sameSource = d.source().map(packet.source()::equals).orElse(true);
            if (!sameDestination || !sameSource || d.refusal().isPresent()) {
                continue;
            }
            Optional<NodeId> next = d.gateway().map(book::nodeFor)
                    .or(() -> d.device().flatMap(dev -> single(inventory.neighboursOn(host.host(), dev))).map(NodeId::new));
            if (next.isPresent() && !next.get().value().equals(host.host())) {
                return Optional.of(new NextHopChoice(next.get(), Basis.OBSERVED,
                        "ip route get on " + host.host() + " sends it via "
                                + d.gateway().map(Addresses::format).orElse(d.device().orElse("?")),
                        List.of(e.provenance()), Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /** When the host's routes offer several next hops, records which one the stronger evidence shows was taken. */
    private NextHopChoice withBranch(Lane lane, HostEvidence host, FiveTuple packet, Optional<String> arrivedOn,
                                     NextHopChoice chosen) {
        if (host.routes().isEmpty() || chosen.ecmp().isPresent()) {
            return chosen;
        }
        RoutingDecision decision = router(host).route(new RoutedPacket(packet, arrivedOn, 0));
        List<String> candidates = nextNodes(host, decision).stream().map(NodeId::value).toList();
        if (candidates.size() < 2 || !candidates.contains(chosen.next().value())) {
            return chosen;
        }
        List<Provenance> evidence = new ArrayList<>(decision.evidence());
        evidence.addAll(chosen.evidence());
        EcmpBranch branch = new EcmpBranch(lane, host.host(), candidates, Optional.of(chosen.next().value()),
                chosen.how(), evidence);
        return new NextHopChoice(chosen.next(), chosen.basis(), chosen.how(), chosen.evidence(), Optional.of(branch));
    }

    /** The host's rules and routes; for a multipath route, the branch whose host saw this packet. */
    private Optional<NextHopChoice> fromRouting(Lane lane, HostEvidence host, FiveTuple packet,
                                                Optional<String> arrivedOn) {
        if (host.routes().isEmpty()) {
            return Optional.empty();
        }
        RoutingDecision decision = router(host).route(new RoutedPacket(packet, arrivedOn, 0));
        if (decision.outcome() != RouteOutcome.FORWARD || decision.nextHops().isEmpty()) {
            return Optional.empty();
        }
        List<NodeId> candidates = nextNodes(host, decision);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        String how = "the routes on " + host.host() + " send it via " + String.join(" or ",
                candidates.stream().map(NodeId::value).toList());
        if (candidates.size() == 1) {
            return Optional.of(new NextHopChoice(candidates.get(0), Basis.OBSERVED, how, decision.evidence(),
                    Optional.empty()));
        }
        List<NodeId> saw = candidates.stream().filter(c -> sawPacket(c, packet)).toList();
        List<String> names = candidates.stream().map(NodeId::value).toList();
        if (saw.size() == 1) {
            List<Provenance> evidence = new ArrayList<>(decision.evidence());
            evidence.addAll(sightingsAt(saw.get(0), packet));
            EcmpBranch branch = new EcmpBranch(lane, host.host(), names, Optional.of(saw.get(0).value()),
                    "only " + saw.get(0) + " saw the packet", evidence);
            return Optional.of(new NextHopChoice(saw.get(0), Basis.OBSERVED,
                    how + "; of these only " + saw.get(0) + " saw it", evidence, Optional.of(branch)));
        }
        EcmpBranch unknown = new EcmpBranch(lane, host.host(), names, Optional.empty(),
                "no evidence shows which next hop this 5-tuple hashed to", decision.evidence());
        return Optional.of(new NextHopChoice(candidates.get(0), Basis.INFERRED,
                how + "; which one this flow took is not known", decision.evidence(), Optional.of(unknown)));
    }

    /** The nodes a routing decision's next hops lead to, each once. */
    private List<NodeId> nextNodes(HostEvidence host, RoutingDecision decision) {
        return decision.nextHops().stream().map(h -> nodeFor(host, h)).flatMap(Optional::stream).distinct().toList();
    }

    /** One router per host, built once: building it indexes the host's whole routing table. */
    private PolicyRouter router(HostEvidence host) {
        return routers.computeIfAbsent(host.host(), h -> new PolicyRouter(
                new HostRouting(host.host(), host.addresses(), host.routes(), host.rules(), host.sysctls())));
    }

    private Optional<NodeId> nodeFor(HostEvidence host, NextHop hop) {
        if (hop.gateway().isPresent()) {
            return Optional.of(book.nodeFor(hop.gateway().get()));
        }
        return hop.device().flatMap(dev -> single(inventory.neighboursOn(host.host(), dev))).map(NodeId::new);
    }

    /** Whether a node's own evidence shows this packet: its capture, its conntrack, its log. */
    private boolean sawPacket(NodeId node, FiveTuple packet) {
        return !sightingsAt(node, packet).isEmpty();
    }

    private List<Provenance> sightingsAt(NodeId node, FiveTuple packet) {
        Optional<HostEvidence> host = inventory.host(node.value());
        if (host.isEmpty()) {
            return List.of();
        }
        List<Provenance> found = new ArrayList<>();
        FlowSightings.of(host.get(), packet).packets().stream()
                .filter(s -> s.tuple().equals(packet)).limit(2).forEach(s -> found.add(s.packet()));
        host.get().conntrackEvents().stream()
                .filter(e -> e.fact().entry().original().fiveTuple(packet.protocol()).filter(packet::equals).isPresent())
                .limit(2).forEach(e -> found.add(e.provenance()));
        host.get().logPackets().stream().filter(e -> e.fact().flow().filter(packet::equals).isPresent())
                .limit(2).forEach(e -> found.add(e.provenance()));
        return found;
    }

    /** The next responder after this node in a path traced from the lane's start toward the packet's destination. */
    private Optional<NextHopChoice> fromTrace(String start, NodeId here, FiveTuple packet) {
        Optional<HostEvidence> origin = inventory.host(start);
        if (origin.isEmpty()) {
            return Optional.empty();
        }
        for (HostTrace trace : origin.get().traces()) {
            if (trace.trace().target().filter(packet.destination()::equals).isEmpty()) {
                continue;
            }
            List<Evidence<Hop>> hops = trace.trace().hops();
            int at = here.value().equals(start) ? -1 : indexOf(hops, here);
            if (at < -1 || at + 1 >= hops.size()) {
                continue;
            }
            Evidence<Hop> hop = hops.get(at + 1);
            Optional<InetAddress> address = hop.fact().responders().stream().map(Responder::address)
                    .flatMap(Optional::stream).findFirst();
            if (address.isPresent()) {
                return Optional.of(new NextHopChoice(book.nodeFor(address.get()), Basis.OBSERVED,
                        "hop " + hop.fact().ttl() + " of the path traced on " + start,
                        List.of(hop.provenance()), Optional.empty()));
            }
            NodeId silent = new NodeId("? " + start + " hop " + hop.fact().ttl());
            return Optional.of(new NextHopChoice(silent, Basis.INFERRED,
                    "hop " + hop.fact().ttl() + " of the path traced on " + start + " did not answer",
                    List.of(hop.provenance()), Optional.empty()));
        }
        return Optional.empty();
    }

    /** Where {@code node} stands in the traced hops: by address, or by the TTL in a silent hop's name. */
    private int indexOf(List<Evidence<Hop>> hops, NodeId node) {
        for (int i = 0; i < hops.size(); i++) {
            boolean match = hops.get(i).fact().responders().stream().map(Responder::address).flatMap(Optional::stream)
                    .anyMatch(a -> book.nodeFor(a).equals(node));
            boolean silent = node.value().startsWith("? ") && node.value().endsWith(" hop " + hops.get(i).fact().ttl());
            if (match || silent) {
                return i;
            }
        }
        return -2;
    }

    /** The interface of {@code node} that faces {@code previous}, for the next routing decision's iif. */
    private Optional<String> arrivalInterface(NodeId node, NodeId previous) {
        Optional<HostEvidence> host = inventory.host(node.value());
        Optional<HostEvidence> before = inventory.host(previous.value());
        if (host.isEmpty() || before.isEmpty()) {
            return Optional.empty();
        }
        for (InetAddress address : before.get().ownAddresses()) {
            Optional<String> device = host.get().deviceToward(address);
            if (device.isPresent()) {
                return device;
            }
        }
        return Optional.empty();
    }

    private static <T> Optional<T> single(List<T> list) {
        return list.size() == 1 ? Optional.of(list.get(0)) : Optional.empty();
    }
}
