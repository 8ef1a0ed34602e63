package dev.bothways.analysis.routing;

import dev.bothways.model.Evidence;
import dev.bothways.model.InterfaceAddress;
import dev.bothways.model.NextHop;
import dev.bothways.model.PolicyRule;
import dev.bothways.model.Route;
import dev.bothways.model.RouteType;
import dev.bothways.model.RuleAction;
import dev.bothways.model.SysctlSetting;
import inet.ipaddr.IPAddress;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Routes packets through one host's policy database and tables the way the Linux kernel does
 * ({@code fib_rules_lookup}, {@code fib_table_lookup}): rules in priority order, the first whose
 * selectors match acts; a lookup that finds no route, finds a {@code throw} route, or is suppressed
 * by {@code suppress_prefixlength} goes on to the next rule; the longest prefix wins in a table and
 * the lowest metric breaks a tie. When the host's rules were not collected, the kernel's three
 * default rules are assumed, and the decision says so.
 */
public final class PolicyRouter {
    /** A rule in evaluation order, with its evidence unless it is an assumed default. */
    private record OrderedRule(PolicyRule rule, Optional<Evidence<PolicyRule>> evidence) {
        String describe() {
            return RuleText.of(rule) + (evidence.isEmpty() ? " (assumed default)" : "");
        }
    }

    private static final String LOCAL = "local";

    private final HostRouting host;
    private final List<OrderedRule> rules;
    private final boolean rulesAssumed;
    private final List<OrderedRule> ipv6Rules;
    private final boolean ipv6RulesAssumed;
    private final boolean localDerived;
    private final Map<String, RouteTable> tables;

    public PolicyRouter(HostRouting host) {
        this.host = host;
        this.rulesAssumed = host.rules().isEmpty();
        this.rules = rulesAssumed ? defaultRules(true) : ordered(host.rules());
        this.ipv6RulesAssumed = host.ipv6Rules().isEmpty();
        this.ipv6Rules = ipv6RulesAssumed ? defaultRules(false) : ordered(host.ipv6Rules());
        Map<String, List<Evidence<Route>>> byTable = host.routes().stream()
                .collect(Collectors.groupingBy(r -> r.fact().table(), LinkedHashMap::new, Collectors.toList()));
        this.localDerived = !byTable.containsKey(LOCAL) && !host.addresses().isEmpty();
        if (localDerived) {
            byTable.put(LOCAL, host.addresses().stream().map(PolicyRouter::localRoute).toList());
        }
        Map<String, RouteTable> built = new LinkedHashMap<>();
        byTable.forEach((name, routes) -> built.put(name, new RouteTable(name, routes)));
        this.tables = Map.copyOf(built);
    }

    public HostRouting host() {
        return host;
    }

    /** The decision for {@code packet}: the rule, table and route chosen, where it leaves, and why. */
    public RoutingDecision route(RoutedPacket packet) {
        List<String> reasons = new ArrayList<>();
        IPAddress destination = RuleSelectors.ip(packet.tuple().destination());
        reasons.add((packet.locallyGenerated() ? "sent by " + host.host() : "arriving at " + host.host() + " on "
                + packet.inputInterface().get()) + ": " + packet.tuple()
                + (packet.mark() != 0 ? " mark 0x" + Long.toHexString(packet.mark()) : ""));
        if (localDerived) {
            reasons.add("no routes of table local in the evidence: its local routes are taken from the host's "
                    + "addresses (ip addr), as the kernel adds them");
        }
        boolean ipv4 = destination.isIPv4();
        List<OrderedRule> rules = ipv4 ? this.rules : ipv6Rules;
        if (ipv4 && rulesAssumed) {
            reasons.add("no ip rule output: assuming the kernel's default rules (0 lookup local, 32766 lookup main, "
                    + "32767 lookup default)");
        } else if (!ipv4 && ipv6RulesAssumed) {
            reasons.add("no ip -6 rule output: assuming the kernel's default IPv6 rules (0 lookup local, "
                    + "32766 lookup main)");
        }
        Optional<RoutingDecision> thrown = Optional.empty();
        for (int i = 0; i < rules.size(); i++) { // goto only jumps forward, so this ends
            OrderedRule ordered = rules.get(i);
            PolicyRule rule = ordered.rule();
            RuleSelectors.Match match = RuleSelectors.match(rule, packet);
            if (!match.matches()) {
                if (!selectsAll(rule)) {
                    reasons.add("rule " + ordered.describe() + " skipped: " + match.why());
                }
                continue;
            }
            switch (rule.action()) {
                case NOP -> reasons.add("rule " + ordered.describe() + " matches and does nothing");
                case GOTO -> {
                    int target = gotoTarget(rules, rule, i);
                    if (target < 0) {
                        reasons.add("rule " + ordered.describe() + " matches, but no rule has priority "
                                + rule.gotoPriority().map(String::valueOf).orElse("?") + " after it; ignored");
                    } else {
                        reasons.add("rule " + ordered.describe() + " matches: continue at rule "
                                + rules.get(target).rule().priority());
                        i = target - 1;
                    }
                }
                case BLACKHOLE, UNREACHABLE, PROHIBIT -> {
                    reasons.add("rule " + ordered.describe() + " matches: " + rule.action().name().toLowerCase(Locale.ROOT)
                            + ", the packet is dropped");
                    return new RoutingDecision(outcomeOf(rule.action()), ordered.evidence(), "", Optional.empty(),
                            List.of(), Optional.empty(), Optional.empty(), reasons);
                }
                case LOOKUP -> {
                    Optional<RoutingDecision> decided = lookup(ordered, destination, packet, reasons);
                    if (decided.isPresent() && decided.get().outcome() == RouteOutcome.THROW) {
                        thrown = decided;
                    } else if (decided.isPresent()) {
                        return decided.get();
                    }
                }
            }
        }
        if (thrown.isPresent()) {
            reasons.add("no rule after the throw route led to a route: network unreachable");
            RoutingDecision t = thrown.get();
            return new RoutingDecision(RouteOutcome.THROW, t.rule(), t.table(), t.route(), List.of(),
                    Optional.empty(), Optional.empty(), reasons);
        }
        reasons.add("no rule led to a route: network unreachable");
        return new RoutingDecision(RouteOutcome.NO_ROUTE, Optional.empty(), "", Optional.empty(), List.of(),
                Optional.empty(), Optional.empty(), reasons);
    }

    /**
     * The decision narrowed to one branch of its multipath set, as when other evidence (a capture,
     * {@code ip route get}, a traceroute) shows which next hop the flow took: that next hop, its
     * interface, and the source the kernel would pick there.
     *
     * @throws IllegalArgumentException when {@code branch} is not one of the decision's next hops
     */
    public RoutingDecision along(RoutingDecision decision, NextHop branch) {
        if (!decision.nextHops().contains(branch)) {
            throw new IllegalArgumentException(RuleText.of(branch) + " is not a next hop of this decision");
        }
        Optional<InetAddress> source = decision.route().flatMap(r -> r.fact().preferredSource());
        Optional<IPAddress> destination = decision.route().map(r -> r.fact().destination());
        if (source.isEmpty() && branch.device().isPresent() && destination.isPresent()) {
            source = primaryAddress(branch.device().get(), destination.get(), branch.gateway());
        }
        List<String> reasons = new ArrayList<>(decision.reasons());
        reasons.add("taking the branch " + RuleText.of(branch));
        return new RoutingDecision(decision.outcome(), decision.rule(), decision.table(), decision.route(),
                List.of(branch), branch.device(), source, reasons, decision.settings());
    }

    /** Looks the destination up in the rule's table; empty when the kernel would go on to the next rule. */
    private Optional<RoutingDecision> lookup(OrderedRule ordered, IPAddress destination, RoutedPacket packet,
                                             List<String> reasons) {
        PolicyRule rule = ordered.rule();
        String tableName = rule.table().orElse(Route.MAIN);
        RouteTable table = tables.get(tableName);
        if (table == null) {
            reasons.add("rule " + ordered.describe() + " matches, but table " + tableName
                    + " has no routes in the evidence; next rule");
            return Optional.empty();
        }
        Optional<Evidence<Route>> found = longestMatch(table, destination, reasons);
        if (found.isEmpty()) {
            reasons.add("rule " + ordered.describe() + " matches, but table " + tableName + " has no route to "
                    + destination + "; next rule");
            return Optional.empty();
        }
        Evidence<Route> route = found.get();
        Route r = route.fact();
        String routeText = RuleText.of(r);
        if (r.type() == RouteType.THROW) {
            reasons.add("rule " + ordered.describe() + " matches; table " + tableName + " has '" + routeText
                    + "': the lookup goes on to the next rule");
            return Optional.of(new RoutingDecision(RouteOutcome.THROW, ordered.evidence(), tableName,
                    Optional.of(route), List.of(), Optional.empty(), Optional.empty(), List.of()));
        }
        int prefixLength = prefixLength(r.destination());
        if (!r.type().drops() && rule.suppressPrefixLength().isPresent()
                && prefixLength <= rule.suppressPrefixLength().get()) {
            reasons.add("rule " + ordered.describe() + " matches; table " + tableName + " has '" + routeText
                    + "', but /" + prefixLength + " is suppressed (suppress_prefixlength "
                    + rule.suppressPrefixLength().get() + "); next rule");
            return Optional.empty();
        }
        reasons.add("rule " + ordered.describe() + " matches: table " + tableName + " has '" + routeText + "'");
        return Optional.of(decide(ordered, tableName, route, packet, destination, reasons));
    }

    /** The longest-prefix route with the lowest metric, passing over routes whose next hops are all dead. */
    private static Optional<Evidence<Route>> longestMatch(RouteTable table, IPAddress destination, List<String> reasons) {
        for (RouteTable.Candidates candidates : table.containing(destination)) {
            List<Evidence<Route>> usable = new ArrayList<>();
            for (Evidence<Route> route : candidates.routes()) {
                Route r = route.fact();
                if (!r.nextHops().isEmpty() && r.nextHops().stream().allMatch(h -> h.flags().contains("dead"))) {
                    reasons.add("'" + RuleText.of(r) + "' in table " + table.name() + " passed over: every next hop is dead");
                } else {
                    usable.add(route);
                }
            }
            if (usable.isEmpty()) {
                continue;
            }
            if (usable.size() > 1) {
                reasons.add(usable.size() + " routes to " + candidates.prefix() + " in table " + table.name()
                        + ": the lowest metric (" + usable.get(0).fact().metric().orElse(0L) + ") wins");
            }
            return Optional.of(usable.get(0));
        }
        return Optional.empty();
    }

    private RoutingDecision decide(OrderedRule ordered, String tableName, Evidence<Route> route, RoutedPacket packet,
                                   IPAddress destination, List<String> reasons) {
        Route r = route.fact();
        RouteOutcome outcome = switch (r.type()) {
            case LOCAL, ANYCAST -> RouteOutcome.LOCAL;
            case BROADCAST -> packet.locallyGenerated() ? RouteOutcome.FORWARD : RouteOutcome.LOCAL;
            case BLACKHOLE -> RouteOutcome.BLACKHOLE;
            case UNREACHABLE -> RouteOutcome.UNREACHABLE;
            case PROHIBIT -> RouteOutcome.PROHIBIT;
            case THROW -> RouteOutcome.THROW;
            case UNICAST, MULTICAST, NAT -> RouteOutcome.FORWARD;
        };
        List<NextHop> hops = outcome.drops() ? List.of() : r.nextHops();
        Optional<String> egress = Optional.empty();
        Optional<InetAddress> source = r.preferredSource();
        if (outcome == RouteOutcome.LOCAL) {
            egress = Optional.of(RuleSelectors.LOOPBACK);
            reasons.add(r.type().label() + " route: delivered to the host itself");
        } else if (outcome == RouteOutcome.FORWARD) {
            List<String> devices = hops.stream().flatMap(h -> h.device().stream()).distinct().toList();
            if (devices.size() == 1) {
                egress = Optional.of(devices.get(0));
            }
            if (hops.size() > 1) {
                reasons.add("multipath: " + hops.size() + " next hops ("
                        + hops.stream().map(RuleText::of).collect(Collectors.joining(", "))
                        + "); which one a flow takes depends on the kernel's flow hash");
                hops.stream().filter(h -> h.flags().contains("dead"))
                        .forEach(h -> reasons.add("next hop " + RuleText.of(h) + " is dead: no flow takes it"));
            }
            if (source.isEmpty() && egress.isPresent()) {
                source = primaryAddress(egress.get(), destination,
                        hops.stream().flatMap(h -> h.gateway().stream()).findFirst());
                String dev = egress.get();
                source.ifPresent(s -> reasons.add("source " + RuleSelectors.text(s) + ": the primary address of " + dev));
            } else {
                source.ifPresent(s -> reasons.add("source " + RuleSelectors.text(s) + ": the route's src"));
            }
            egress.ifPresent(e -> reasons.add("leaves by " + e
                    + hops.stream().flatMap(h -> h.gateway().stream()).findFirst()
                            .map(g -> " via " + RuleSelectors.text(g)).orElse(" (directly connected)")));
            if (egress.isEmpty() && hops.size() > 1) {
                reasons.add("the next hops leave by different interfaces, so the egress interface depends on the branch");
            }
            InetAddress own = packet.tuple().source();
            if (packet.locallyGenerated() && !own.isAnyLocalAddress() && source.isPresent()
                    && !source.get().equals(own)) {
                reasons.add("the packet keeps its own source " + RuleSelectors.text(own)
                        + " (a reply or a bound socket), not the " + RuleSelectors.text(source.get())
                        + " the route would choose");
            }
        } else {
            reasons.add(r.type().label() + " route: the packet is dropped");
        }
        if (outcome == RouteOutcome.FORWARD && !packet.locallyGenerated()) {
            Optional<Evidence<SysctlSetting>> off = forwardingOff(packet.inputInterface().get(), destination.isIPv4());
            if (off.isPresent()) {
                SysctlSetting setting = off.get().fact();
                reasons.add(setting.key() + " = " + setting.value().strip()
                        + ": the host does not forward, so the packet is dropped");
                return new RoutingDecision(RouteOutcome.UNREACHABLE, ordered.evidence(), tableName, Optional.of(route),
                        List.of(), Optional.empty(), Optional.empty(), reasons, List.of(off.get().provenance()));
            }
        }
        return new RoutingDecision(outcome, ordered.evidence(), tableName, Optional.of(route), hops, egress, source,
                reasons);
    }

    /**
     * The setting that stops {@code iif} from forwarding, when the evidence shows one: IPv4 reads the
     * interface's {@code net.ipv4.conf.<if>.forwarding} ({@code IN_DEV_FORWARD}), else
     * {@code net.ipv4.ip_forward}; IPv6 reads {@code net.ipv6.conf.all.forwarding}.
     */
    private Optional<Evidence<SysctlSetting>> forwardingOff(String iif, boolean ipv4) {
        Optional<Evidence<SysctlSetting>> setting = ipv4
                ? host.sysctl("net.ipv4.conf." + iif + ".forwarding")
                        .or(() -> host.sysctl("net.ipv4.conf." + iif.replace('.', '/') + ".forwarding"))
                        .or(() -> host.sysctl("net.ipv4.ip_forward"))
                : host.sysctl("net.ipv6.conf.all.forwarding");
        return setting.filter(s -> s.fact().number().equals(Optional.of(0L)));
    }

    /**
     * The address the kernel would pick on {@code device}: a primary (not secondary, not tentative)
     * address of the family. IPv4 ({@code inet_select_addr}) prefers the one whose subnet holds the
     * gateway; IPv6 (RFC 6724, roughly) prefers the scope of the destination: link-local for a
     * link-local destination, global otherwise.
     */
    private Optional<InetAddress> primaryAddress(String device, IPAddress destination, Optional<InetAddress> gateway) {
        boolean ipv4 = destination.isIPv4();
        List<InterfaceAddress> candidates = host.addresses().stream().map(Evidence::fact)
                .filter(a -> a.device().equals(device) && a.address().isIPv4() == ipv4)
                .filter(a -> !a.flags().contains("secondary") && !a.flags().contains("tentative"))
                .filter(a -> !a.scope().equals("host"))
                .toList();
        Comparator<InterfaceAddress> preference;
        if (ipv4) {
            Optional<IPAddress> gw = gateway.map(RuleSelectors::ip);
            preference = Comparator.comparingInt(a -> gw.isPresent() && a.network().contains(gw.get()) ? 0 : 1);
        } else {
            String scope = destination.isLinkLocal() ? "link" : "global";
            preference = Comparator.comparingInt(a -> a.scope().equals(scope) ? 0 : 1);
        }
        return candidates.stream().min(preference)
                .map(a -> a.address().withoutPrefixLength().toInetAddress());
    }

    /** The route the kernel adds to table local for an address ({@code local 10.0.2.10 dev eth0 table local}). */
    private static Evidence<Route> localRoute(Evidence<InterfaceAddress> address) {
        InterfaceAddress a = address.fact();
        IPAddress host = a.address().withoutPrefixLength();
        return new Evidence<>(new Route(RouteType.LOCAL, host, LOCAL, Optional.empty(), Optional.of("kernel"),
                Optional.of("host"), Optional.of(host.toInetAddress()), Optional.empty(),
                List.of(new NextHop(Optional.empty(), Optional.of(a.device()), 1, List.of())), List.of(), Map.of()),
                address.provenance());
    }

    private static int gotoTarget(List<OrderedRule> rules, PolicyRule rule, int from) {
        if (rule.gotoPriority().isEmpty()) {
            return -1;
        }
        int wanted = rule.gotoPriority().get();
        for (int j = from + 1; j < rules.size(); j++) {
            if (rules.get(j).rule().priority() == wanted) {
                return j;
            }
        }
        return -1;
    }

    private static boolean selectsAll(PolicyRule rule) {
        return !rule.inverted() && rule.from().isEmpty() && rule.to().isEmpty() && rule.inputInterface().isEmpty()
                && rule.outputInterface().isEmpty() && rule.fwmark().isEmpty() && rule.ipProtocol().isEmpty()
                && rule.sourcePorts().isEmpty() && rule.destinationPorts().isEmpty() && rule.uids().isEmpty();
    }

    private static int prefixLength(IPAddress prefix) {
        Integer length = prefix.getNetworkPrefixLength();
        return length == null ? prefix.getBitCount() : length;
    }

    private static RouteOutcome outcomeOf(RuleAction action) {
        return switch (action) {
            case BLACKHOLE -> RouteOutcome.BLACKHOLE;
            case UNREACHABLE -> RouteOutcome.UNREACHABLE;
            case PROHIBIT -> RouteOutcome.PROHIBIT;
            case LOOKUP, GOTO, NOP -> throw new IllegalArgumentException("not a dropping action: " + action);
        };
    }

    /** The rules in the kernel's order: by priority, and as listed within one priority. */
    private static List<OrderedRule> ordered(List<Evidence<PolicyRule>> rules) {
        return rules.stream()
                .map(r -> new OrderedRule(r.fact(), Optional.of(r)))
                .sorted(Comparator.comparingInt((OrderedRule r) -> r.rule().priority()))
                .toList();
    }

    /** The rules a fresh kernel has: IPv4 also looks up table default at 32767, IPv6 does not. */
    private static List<OrderedRule> defaultRules(boolean ipv4) {
        return ipv4 ? List.of(defaultRule(0, LOCAL), defaultRule(32766, Route.MAIN), defaultRule(32767, "default"))
                : List.of(defaultRule(0, LOCAL), defaultRule(32766, Route.MAIN));
    }

    private static OrderedRule defaultRule(int priority, String table) {
        return new OrderedRule(new PolicyRule(priority, false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), RuleAction.LOOKUP, Optional.of(table), Optional.empty(), Optional.empty(), Map.of()),
                Optional.empty());
    }
}
