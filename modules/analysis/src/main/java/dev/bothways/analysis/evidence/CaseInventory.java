package dev.bothways.analysis.evidence;

import dev.bothways.analysis.CaptureArtifact;
import dev.bothways.analysis.CaseEvidence;
import dev.bothways.analysis.lanes.HostTrace;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.model.Evidence;
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
        ByKind items = new ByKind();
        artifacts.stream()
                .sorted(java.util.Comparator.comparing(a -> a.artifact().id().value().endsWith(".json")))
                .forEach(items::take);
        List<HostTrace> traces = new ArrayList<>();
        for (ImportedArtifact a : artifacts) {
            for (Trace t : a.items(Trace.class)) {
                traces.add(new HostTrace(host, a.artifact().id(), t));
            }
        }
        return new HostEvidence(host,
                items.evidence(InterfaceAddress.class), items.evidence(Route.class), items.evidence(PolicyRule.class),
                items.evidence(RouteDecision.class), items.evidence(SysctlSetting.class), items.evidence(Neighbour.class),
                items.of(FirewallRuleset.class),
                items.of(ConntrackEvents.class).stream().flatMap(e -> e.events().stream()).toList(),
                items.of(ConntrackTable.class).stream().flatMap(e -> e.entries().stream()).toList(),
                items.of(KernelLog.class).stream().flatMap(k -> k.packets().stream())
                        .filter(p -> window.holds(p.fact().stamp())).toList(),
                items.of(KernelLog.class).stream().flatMap(k -> k.martians().stream())
                        .filter(m -> window.holds(m.fact().stamp())).toList(),
                items.of(RibTable.class).stream().flatMap(r -> r.entries().stream()).toList(),
                traces, captures);
    }

    /**
     * A host's parsed items sorted by kind in one pass. A kind read from two artifacts (text and
     * JSON of the same command) is taken from the first only: text first, whose lines read
     * better as citations.
     */
    private static final class ByKind {
        private final Map<Class<?>, List<Object>> items = new java.util.HashMap<>();

        void take(ImportedArtifact artifact) {
            Map<Class<?>, List<Object>> mine = new java.util.HashMap<>();
            artifact.result().ifPresent(r -> r.items().forEach(item -> {
                Object fact = item instanceof Evidence<?> e ? e.fact() : item;
                mine.computeIfAbsent(fact.getClass(), k -> new ArrayList<>()).add(item);
            }));
            mine.forEach(items::putIfAbsent);
        }

        @SuppressWarnings("unchecked")
        <T> List<Evidence<T>> evidence(Class<T> fact) {
            return (List<Evidence<T>>) (List<?>) items.getOrDefault(fact, List.of());
        }

        @SuppressWarnings("unchecked")
        <T> List<T> of(Class<T> type) {
            return (List<T>) items.getOrDefault(type, List.of());
        }
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
