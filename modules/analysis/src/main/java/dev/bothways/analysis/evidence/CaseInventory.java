package dev.bothways.analysis.evidence;

import dev.bothways.analysis.CaptureArtifact;
import dev.bothways.analysis.CaseEvidence;
import dev.bothways.analysis.lanes.HostTrace;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.model.InterfaceAddress;
import dev.bothways.model.Neighbour;
import dev.bothways.model.PolicyRule;
import dev.bothways.model.Route;
import dev.bothways.model.RouteDecision;
import dev.bothways.model.SysctlSetting;
import dev.bothways.model.Trace;
import dev.bothways.model.frr.RibEntry;
import dev.bothways.model.frr.RibTable;
import dev.bothways.model.kernellog.KernelLog;
import dev.bothways.model.netfilter.ConntrackEvents;
import dev.bothways.model.netfilter.ConntrackTable;
import dev.bothways.model.netfilter.FirewallRuleset;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The case's evidence by host, and who owns which address. */
public final class CaseInventory {
    private final Map<String, HostEvidence> hosts;

    private CaseInventory(Map<String, HostEvidence> hosts) {
        this.hosts = hosts;
    }

    public static CaseInventory of(CaseEvidence evidence) {
        LogWindow window = LogWindow.of(evidence.captures());
        Map<String, HostEvidence> hosts = new LinkedHashMap<>();
        for (String host : evidence.hosts()) {
            List<ImportedArtifact> mine = evidence.artifacts().stream()
                    .filter(a -> a.artifact().host().equals(host)).toList();
            List<CaptureArtifact> captures = evidence.captures().stream()
                    .filter(c -> c.artifact().host().equals(host)).toList();
            hosts.put(host, build(host, mine, captures, window));
        }
        return new CaseInventory(hosts);
    }

    private static HostEvidence build(String host, List<ImportedArtifact> artifacts, List<CaptureArtifact> captures,
                                      LogWindow window) {
        List<HostTrace> traces = new ArrayList<>();
        for (ImportedArtifact a : artifacts) {
            for (Trace t : a.items(Trace.class)) {
                traces.add(new HostTrace(host, a.artifact().id(), t));
            }
        }
        return new HostEvidence(host,
                collect(artifacts, a -> a.evidence(InterfaceAddress.class)),
                collect(artifacts, a -> a.evidence(Route.class)),
                collect(artifacts, a -> a.evidence(PolicyRule.class)),
                collect(artifacts, a -> a.evidence(RouteDecision.class)),
                collect(artifacts, a -> a.evidence(SysctlSetting.class)),
                collect(artifacts, a -> a.evidence(Neighbour.class)),
                collect(artifacts, a -> a.items(FirewallRuleset.class)),
                collect(artifacts, a -> a.items(ConntrackEvents.class).stream().flatMap(e -> e.events().stream()).toList()),
                collect(artifacts, a -> a.items(ConntrackTable.class).stream().flatMap(e -> e.entries().stream()).toList()),
                collect(artifacts, a -> a.items(KernelLog.class).stream().flatMap(k -> k.packets().stream())
                        .filter(p -> window.holds(p.fact().stamp())).toList()),
                collect(artifacts, a -> a.items(KernelLog.class).stream().flatMap(k -> k.martians().stream())
                        .filter(m -> window.holds(m.fact().stamp())).toList()),
                collect(artifacts, a -> a.items(RibTable.class).stream().flatMap(r -> r.entries().stream()).toList()),
                traces, captures);
    }

    /** Items of one kind from the host's first artifact that has them: text before JSON, whose lines read better as citations. */
    private static <T> List<T> collect(List<ImportedArtifact> artifacts,
                                       java.util.function.Function<ImportedArtifact, List<T>> items) {
        List<ImportedArtifact> textFirst = artifacts.stream()
                .sorted(java.util.Comparator.comparing(a -> a.artifact().id().value().endsWith(".json"))).toList();
        for (ImportedArtifact a : textFirst) {
            List<T> found = items.apply(a);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    public Map<String, HostEvidence> hosts() {
        return hosts;
    }

    public Optional<HostEvidence> host(String name) {
        return Optional.ofNullable(hosts.get(name));
    }

    /** The case host that owns {@code address}, by its interface addresses. */
    public Optional<String> owner(InetAddress address) {
        return hosts.values().stream().filter(h -> h.ownAddresses().contains(address))
                .map(HostEvidence::host).findFirst();
    }

    /** The case hosts other than {@code host} with an address on the network of {@code host}'s {@code device}. */
    public List<String> neighboursOn(String host, String device) {
        HostEvidence self = hosts.get(host);
        if (self == null) {
            return List.of();
        }
        var networks = self.networksOf(device);
        return hosts.values().stream().filter(h -> !h.host().equals(host))
                .filter(h -> h.ownAddresses().stream().anyMatch(a -> networks.stream().anyMatch(n ->
                        n.contains(new inet.ipaddr.IPAddressString(a.getHostAddress()).getAddress()))))
                .map(HostEvidence::host).toList();
    }
}
