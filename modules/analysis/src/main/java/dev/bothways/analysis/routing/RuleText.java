package dev.bothways.analysis.routing;

import dev.bothways.model.NextHop;
import dev.bothways.model.PolicyRule;
import dev.bothways.model.Route;
import dev.bothways.model.RouteType;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;

/** Rules, routes and next hops written back the way iproute2 prints them, for the reasons of a decision. */
final class RuleText {
    private RuleText() {
    }

    static String of(PolicyRule rule) {
        List<String> words = new ArrayList<>();
        words.add(rule.priority() + ":");
        if (rule.inverted()) {
            words.add("not");
        }
        words.add("from " + rule.from().map(RuleText::prefix).orElse("all"));
        rule.to().ifPresent(to -> words.add("to " + prefix(to)));
        rule.fwmark().ifPresent(m -> words.add("fwmark " + m));
        rule.inputInterface().ifPresent(i -> words.add("iif " + i));
        rule.outputInterface().ifPresent(o -> words.add("oif " + o));
        rule.uids().ifPresent(u -> words.add("uidrange " + u.first() + "-" + u.last()));
        rule.ipProtocol().ifPresent(p -> words.add("ipproto " + p));
        rule.sourcePorts().ifPresent(p -> words.add("sport " + p));
        rule.destinationPorts().ifPresent(p -> words.add("dport " + p));
        rule.attributes().forEach((k, v) -> words.add(v.isEmpty() ? k : k + " " + v));
        switch (rule.action()) {
            case LOOKUP -> words.add("lookup " + rule.table().orElse(Route.MAIN));
            case GOTO -> words.add("goto " + rule.gotoPriority().map(String::valueOf).orElse("?"));
            case NOP -> words.add("nop");
            case BLACKHOLE, UNREACHABLE, PROHIBIT -> words.add(rule.action().name().toLowerCase(java.util.Locale.ROOT));
        }
        rule.suppressPrefixLength().ifPresent(s -> words.add("suppress_prefixlength " + s));
        return String.join(" ", words);
    }

    static String of(Route route) {
        List<String> words = new ArrayList<>();
        if (route.type() != RouteType.UNICAST) {
            words.add(route.type().label());
        }
        words.add(prefix(route.destination()));
        if (route.nextHops().size() == 1) {
            words.add(of(route.nextHops().get(0)));
        }
        if (!route.table().equals(Route.MAIN)) {
            words.add("table " + route.table());
        }
        route.metric().ifPresent(m -> words.add("metric " + m));
        route.preferredSource().ifPresent(s -> words.add("src " + RuleSelectors.text(s)));
        if (route.nextHops().size() > 1) {
            route.nextHops().forEach(h -> words.add("nexthop " + of(h) + " weight " + h.weight()));
        }
        return String.join(" ", words);
    }

    static String of(NextHop hop) {
        List<String> words = new ArrayList<>();
        hop.gateway().ifPresent(g -> words.add("via " + RuleSelectors.text(g)));
        hop.device().ifPresent(d -> words.add("dev " + d));
        return String.join(" ", words);
    }

    private static String prefix(IPAddress prefix) {
        Integer length = prefix.getNetworkPrefixLength();
        if (length != null && length == 0) {
            return "default";
        }
        return length == null || length == prefix.getBitCount()
                ? prefix.withoutPrefixLength().toCanonicalString()
                : prefix.toPrefixBlock().toCanonicalString();
    }
}
