package dev.bothways.analysis.evidence;

import dev.bothways.analysis.CaptureArtifact;
import dev.bothways.analysis.lanes.HostTrace;
import dev.bothways.model.Evidence;
import dev.bothways.model.InterfaceAddress;
import dev.bothways.model.Neighbour;
import dev.bothways.model.PolicyRule;
import dev.bothways.model.Route;
import dev.bothways.model.RouteDecision;
import dev.bothways.model.SysctlSetting;
import dev.bothways.model.frr.RibEntry;
import dev.bothways.model.kernellog.KernelLogPacket;
import dev.bothways.model.kernellog.MartianReport;
import dev.bothways.model.netfilter.ConntrackEntry;
import dev.bothways.model.netfilter.ConntrackEvent;
import dev.bothways.model.netfilter.FirewallRule;
import dev.bothways.model.netfilter.FirewallRuleset;
import inet.ipaddr.IPAddress;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Everything one host's artifacts say, sorted by kind; every item keeps its provenance. */
public record HostEvidence(String host, List<Evidence<InterfaceAddress>> addresses, List<Evidence<Route>> routes,
                           List<Evidence<PolicyRule>> rules, List<Evidence<RouteDecision>> routeDecisions,
                           List<Evidence<SysctlSetting>> sysctls, List<Evidence<Neighbour>> neighbours,
                           List<FirewallRuleset> rulesets, List<Evidence<ConntrackEvent>> conntrackEvents,
                           List<Evidence<ConntrackEntry>> conntrackEntries, List<Evidence<KernelLogPacket>> logPackets,
                           List<Evidence<MartianReport>> martians, List<Evidence<RibEntry>> rib,
                           List<HostTrace> traces, List<CaptureArtifact> captures) {

    /** A node the case holds nothing from (a device the user marked, say). */
    public static HostEvidence none(String host) {
        return new HostEvidence(host, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** The host's own addresses that can name it to others: loopback and link-local left out. */
    public Set<InetAddress> ownAddresses() {
        return usable().map(InterfaceAddress::address).map(IPAddress::toInetAddress).collect(Collectors.toSet());
    }

    private java.util.stream.Stream<InterfaceAddress> usable() {
        return addresses.stream().map(Evidence::fact)
                .filter(a -> !a.address().isLoopback() && !a.address().isLinkLocal());
    }

    /** The interface holding {@code index}, as {@code ip addr} numbers them. */
    public Optional<String> deviceOfIndex(int index) {
        return addresses.stream().map(Evidence::fact).filter(a -> a.index() == index)
                .map(InterfaceAddress::device).findFirst();
    }

    /** The networks of one interface. */
    public List<IPAddress> networksOf(String device) {
        return usable().filter(a -> a.device().equals(device)).map(InterfaceAddress::network).toList();
    }

    /** The interface whose network holds {@code address}. */
    public Optional<String> deviceToward(InetAddress address) {
        IPAddress wanted = new inet.ipaddr.IPAddressString(address.getHostAddress()).getAddress();
        return usable().filter(a -> a.network().contains(wanted))
                .map(InterfaceAddress::device).findFirst();
    }

    public List<Evidence<FirewallRule>> firewallRules() {
        return rulesets.stream().flatMap(r -> r.rules().stream()).toList();
    }

    public boolean hasCapture() {
        return !captures.isEmpty();
    }

    /**
     * Whether one of this host's captures was running at {@code nanos}: its collector recorded
     * a window that holds that time, or its packets span it. Only then does "not in the capture"
     * mean "not seen".
     */
    public boolean couldSee(long nanos) {
        java.time.Instant at = java.time.Instant.ofEpochSecond(0, nanos);
        return captures.stream().anyMatch(c -> c.running(at) || c.sightings().covers(nanos));
    }
}
