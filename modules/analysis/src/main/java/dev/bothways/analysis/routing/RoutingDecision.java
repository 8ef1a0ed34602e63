package dev.bothways.analysis.routing;

import dev.bothways.model.Evidence;
import dev.bothways.model.NextHop;
import dev.bothways.model.PolicyRule;
import dev.bothways.model.Provenance;
import dev.bothways.model.Route;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The route the kernel picks for one packet, and why.
 *
 * @param rule            the policy rule that decided; empty when no rule did, or when it was one of
 *                        the default rules assumed because no {@code ip rule} output was collected
 * @param table           the table whose route decided ("main", "local", "100"); empty when a rule
 *                        action decided without a table, or nothing did
 * @param route           the longest-prefix route chosen in that table
 * @param nextHops        the route's next hops, the whole multipath set when there are several (which
 *                        one a flow takes depends on the kernel's flow hash, decided elsewhere)
 * @param egressInterface the interface the packet leaves by ("lo" when delivered locally); empty when
 *                        dropped, or when a multipath set spans several interfaces
 * @param source          the source address the route gives: its {@code src}, else the primary address
 *                        of the egress interface
 * @param reasons         each step of the reasoning, in order, in words
 * @param settings        the kernel settings the decision also rests on (a {@code forwarding = 0}
 *                        that stops a forwarded packet)
 */
public record RoutingDecision(RouteOutcome outcome, Optional<Evidence<PolicyRule>> rule, String table,
                              Optional<Evidence<Route>> route, List<NextHop> nextHops,
                              Optional<String> egressInterface, Optional<InetAddress> source,
                              List<String> reasons, List<Provenance> settings) {
    public RoutingDecision {
        nextHops = List.copyOf(nextHops);
        reasons = List.copyOf(reasons);
        settings = List.copyOf(settings);
    }

    public RoutingDecision(RouteOutcome outcome, Optional<Evidence<PolicyRule>> rule, String table,
                           Optional<Evidence<Route>> route, List<NextHop> nextHops, Optional<String> egressInterface,
                           Optional<InetAddress> source, List<String> reasons) {
        this(outcome, rule, table, route, nextHops, egressInterface, source, reasons, List.of());
    }

    /** Every artifact line the decision rests on (rule, route, settings). */
    public List<Provenance> evidence() {
        List<Provenance> lines = new ArrayList<>(2 + settings.size());
        rule.ifPresent(r -> lines.add(r.provenance()));
        route.ifPresent(r -> lines.add(r.provenance()));
        lines.addAll(settings);
        return List.copyOf(lines);
    }

    /** True when the route spreads flows over several next hops (ECMP). */
    public boolean multipath() {
        return nextHops.size() > 1;
    }

    /** The gateways of the next hops, in order (empty for a directly connected destination). */
    public List<InetAddress> gateways() {
        return nextHops.stream().flatMap(h -> h.gateway().stream()).toList();
    }
}
