package dev.bothways.analysis.boundaries;

import dev.bothways.analysis.evidence.CaseInventory;
import dev.bothways.analysis.evidence.FlowIdentity;
import dev.bothways.analysis.evidence.FlowSightings;
import dev.bothways.analysis.evidence.HostEvidence;
import dev.bothways.capture.packets.CapturedPacket;
import dev.bothways.model.Evidence;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Lane;
import dev.bothways.model.LanePath;
import dev.bothways.model.NodeId;
import dev.bothways.model.Provenance;
import dev.bothways.model.SysctlSetting;
import dev.bothways.model.kernellog.KernelLogPacket;
import dev.bothways.model.kernellog.TcpFlag;
import dev.bothways.model.netfilter.ConntrackEvent;
import dev.bothways.model.netfilter.FirewallRule;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the nodes that keep per-flow state (their rules match on conntrack state, they translate
 * addresses, or they filter reverse paths strictly) and says, for each, what it saw of the flow.
 */
public final class BoundaryFinder {
    /** Log lines cited per boundary: the first few say it; the rest repeat it. */
    private static final int CITED_DROPS = 3;

    private final CaseInventory inventory;
    private final java.util.Map<String, Set<BoundaryKind>> marked;

    /** @param marked the nodes the user marks as keeping state, by name */
    public BoundaryFinder(CaseInventory inventory, java.util.Map<String, Set<BoundaryKind>> marked) {
        this.inventory = inventory;
        this.marked = marked;
    }

    /** Every state boundary among the case's hosts, whether or not a lane passes it, and every node the user marks. */
    public List<StateBoundary> boundaries() {
        java.util.Map<String, StateBoundary> found = new java.util.LinkedHashMap<>();
        for (HostEvidence host : inventory.hosts().values()) {
            boundaryOf(host).ifPresent(b -> found.put(host.host(), b));
        }
        marked.forEach((node, kinds) -> found.merge(node,
                new StateBoundary(new NodeId(node), kinds, List.of(new dev.bothways.model.ArtifactLines(
                        new dev.bothways.model.ArtifactId("case.json"), 1, 1))),
                (seen, mark) -> {
                    Set<BoundaryKind> all = EnumSet.noneOf(BoundaryKind.class);
                    all.addAll(seen.kinds());
                    all.addAll(mark.kinds());
                    List<Provenance> evidence = new ArrayList<>(seen.evidence());
                    evidence.addAll(mark.evidence());
                    return new StateBoundary(seen.node(), all, evidence);
                }));
        return List.copyOf(found.values());
    }

    public static Optional<StateBoundary> boundaryOf(HostEvidence host) {
        Set<BoundaryKind> kinds = EnumSet.noneOf(BoundaryKind.class);
        List<Provenance> evidence = new ArrayList<>();
        for (Evidence<FirewallRule> rule : host.firewallRules()) {
            if (rule.fact().ctState().isPresent()) {
                kinds.add(BoundaryKind.STATEFUL_FIREWALL);
                evidence.add(rule.provenance());
            }
            if (rule.fact().nat().isPresent()) {
                kinds.add(BoundaryKind.NAT);
                evidence.add(rule.provenance());
            }
        }
        strictRpFilter(host).ifPresent(setting -> {
            kinds.add(BoundaryKind.STRICT_RP_FILTER);
            evidence.add(setting.provenance());
        });
        return kinds.isEmpty() ? Optional.empty()
                : Optional.of(new StateBoundary(new NodeId(host.host()), kinds, evidence));
    }

    /** A setting that makes IPv4 reverse-path filtering strict on some interface (mode is the max of all and the interface). */
    private static Optional<Evidence<SysctlSetting>> strictRpFilter(HostEvidence host) {
        return host.sysctls().stream()
                .filter(s -> s.fact().name().equals("rp_filter") && s.fact().key().startsWith("net.ipv4.conf."))
                .filter(s -> !s.fact().interfaceName().orElse("").equals("default")
                        && !s.fact().interfaceName().orElse("").equals("lo"))
                .filter(s -> s.fact().number().orElse(0L) == 1L)
                .findFirst();
    }

    /** What each boundary saw of {@code flow}, given the lanes. */
    public List<BoundaryVerdict> verdicts(FlowIdentity flow, LanePath forward, LanePath back) {
        List<BoundaryVerdict> verdicts = new ArrayList<>();
        for (StateBoundary boundary : boundaries()) {
            HostEvidence host = inventory.host(boundary.node().value()).orElseGet(() -> HostEvidence.none(boundary.node().value()));
            Set<Lane> lanes = EnumSet.noneOf(Lane.class);
            if (forward.nodes().contains(boundary.node())) {
                lanes.add(Lane.FORWARD);
            }
            if (back.nodes().contains(boundary.node())) {
                lanes.add(Lane.RETURN);
            }
            verdicts.add(verdict(boundary, host, lanes, flow));
        }
        return verdicts;
    }

    private BoundaryVerdict verdict(StateBoundary boundary, HostEvidence host, Set<Lane> lanes, FlowIdentity flow) {
        FlowSightings seen = FlowSightings.of(host, flow);
        List<Provenance> openingEvidence = new ArrayList<>(seen.cite(CapturedPacket::syn, true, 3));
        List<Provenance> replyEvidence = new ArrayList<>(seen.cite(CapturedPacket::synAck, false, 3));
        Set<String> interfaces = new LinkedHashSet<>();
        for (Evidence<ConntrackEvent> e : host.conntrackEvents()) {
            if (e.fact().entry().original().fiveTuple(flow.flow().protocol()).filter(flow::isForward).isPresent()) {
                openingEvidence.add(e.provenance());
                if (!e.fact().entry().unreplied()) {
                    replyEvidence.add(e.provenance());
                }
            }
        }
        List<Provenance> drops = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (Evidence<KernelLogPacket> e : host.logPackets()) {
            KernelLogPacket p = e.fact();
            Optional<FiveTuple> logged = p.flow();
            boolean forwardPacket = logged.filter(flow::isForward).isPresent();
            boolean replyPacket = logged.filter(flow::isReply).isPresent();
            if (!forwardPacket && !replyPacket) {
                continue;
            }
            p.inInterface().ifPresent(interfaces::add);
            if (looksLikeDrop(p)) {
                String name = packetName(p.tcpFlags(), forwardPacket);
                if (!dropped.contains(name) || drops.size() < CITED_DROPS) {
                    drops.add(e.provenance());
                }
                dropped.add(name);
            } else if (forwardPacket) {
                openingEvidence.add(e.provenance());
            } else {
                replyEvidence.add(e.provenance());
            }
        }
        boolean flowDrops = !drops.isEmpty();
        for (Evidence<FirewallRule> rule : host.firewallRules()) {
            if (rule.fact().dropsInvalid() && rule.fact().counters().filter(c -> c.packets() > 0).isPresent()) {
                drops.add(rule.provenance());
            }
        }
        seen.packets().forEach(s -> s.interfaceIndex().ifPresent(i -> host.deviceOfIndex(i).ifPresent(interfaces::add)));
        Sight opening = sight(openingEvidence, seen.captured() && !seen.packets().isEmpty());
        Sight replySight = sight(replyEvidence, seen.captured() && !seen.packets().isEmpty());
        String droppedWhat = dropped.stream().distinct().reduce((a, b) -> a + ", " + b).orElse("");
        return new BoundaryVerdict(boundary, lanes, opening, replySight, List.copyOf(interfaces), openingEvidence,
                replyEvidence, drops, flowDrops, droppedWhat, line(boundary, opening, replySight, droppedWhat, drops));
    }

    /** Seen with evidence; not seen only when this host's capture saw the flow yet not this packet. */
    private static Sight sight(List<Provenance> evidence, boolean captureSawTheFlow) {
        if (!evidence.isEmpty()) {
            return Sight.SEEN;
        }
        return captureSawTheFlow ? Sight.NOT_SEEN : Sight.UNKNOWN;
    }

    private static boolean looksLikeDrop(KernelLogPacket p) {
        String prefix = p.prefix().toUpperCase(Locale.ROOT);
        return prefix.contains("INVALID") || prefix.contains("DROP") || prefix.contains("BLOCK")
                || prefix.contains("REJECT") || p.ctState().filter(s -> s.equalsIgnoreCase("INVALID")).isPresent();
    }

    static String packetName(Set<TcpFlag> flags, boolean forward) {
        if (flags.contains(TcpFlag.SYN) && flags.contains(TcpFlag.ACK)) {
            return "SYN-ACK";
        }
        if (flags.contains(TcpFlag.SYN)) {
            return "SYN";
        }
        if (flags.contains(TcpFlag.RST)) {
            return "RST";
        }
        return forward ? "client packet" : "server packet";
    }

    private static String line(StateBoundary b, Sight opening, Sight reply, String dropped, List<Provenance> drops) {
        String kinds = String.join(", ", b.kinds().stream().map(BoundaryKind::label).sorted().toList());
        String text = b.node() + " (" + kinds + "): " + opening.label() + " the SYN, " + reply.label() + " the SYN-ACK";
        if (!dropped.isEmpty()) {
            text += "; dropped " + dropped;
        } else if (!drops.isEmpty()) {
            text += "; its INVALID-drop counters are not zero";
        }
        return text;
    }

}
