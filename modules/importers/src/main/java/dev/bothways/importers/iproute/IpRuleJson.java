package dev.bothways.importers.iproute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bothways.importers.JsonElements;
import dev.bothways.model.FirewallMark;
import dev.bothways.model.PolicyRule;
import dev.bothways.model.PortRange;
import dev.bothways.model.RuleAction;
import inet.ipaddr.IPAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


/** Reads the objects of {@code ip -j rule}. */
final class IpRuleJson {
    private static final Set<String> NAMED = Set.of("priority", "not", "src", "srclen", "dst", "dstlen", "iif", "oif",
            "fwmark", "fwmask", "ipproto", "sport", "sport_start", "sport_end", "dport", "dport_start", "dport_end",
            "uid_start", "uid_end", "table", "action", "goto", "suppress_prefixlen");

    private IpRuleJson() {
    }

    static List<PolicyRule> rule(JsonNode e, IpJsonFormat.ElementContext context) {
        Long priority = IpRouteJson.number(e, "priority");
        if (priority == null) {
            context.warn("a rule without \"priority\"; skipped");
            return List.of();
        }
        Optional<IPAddress> from = selector(e, "src", "srclen", context);
        Optional<IPAddress> to = selector(e, "dst", "dstlen", context);
        Optional<FirewallMark> mark = Optional.ofNullable(IpRouteJson.mark(JsonElements.text(e, "fwmark")))
                .map(v -> new FirewallMark(v, Optional.ofNullable(IpRouteJson.mark(JsonElements.text(e, "fwmask")))
                        .orElse(FirewallMark.ALL_BITS)));
        String table = JsonElements.text(e, "table");
        Long gotoTarget = IpRouteJson.number(e, "goto");
        String actionText = JsonElements.text(e, "action");
        RuleAction action = gotoTarget != null ? RuleAction.GOTO
                : actionText == null ? (table != null ? RuleAction.LOOKUP : RuleAction.NOP)
                : IpRuleParser.action(actionText).orElse(RuleAction.NOP);
        Long suppress = IpRouteJson.number(e, "suppress_prefixlen");
        return List.of(new PolicyRule(priority.intValue(), e.has("not"), from, to,
                Optional.ofNullable(JsonElements.text(e, "iif")), Optional.ofNullable(JsonElements.text(e, "oif")),
                mark, Optional.ofNullable(JsonElements.text(e, "ipproto")), range(e, "sport"), range(e, "dport"),
                range(e, "uid"), action, Optional.ofNullable(table),
                Optional.ofNullable(gotoTarget).map(Long::intValue), Optional.ofNullable(suppress).map(Long::intValue),
                others(e)));
    }

    private static Optional<IPAddress> selector(JsonNode e, String field, String lengthField,
                                                IpJsonFormat.ElementContext context) {
        String text = JsonElements.text(e, field);
        if (text == null || text.equals("all")) {
            return Optional.empty();
        }
        Long length = IpRouteJson.number(e, lengthField);
        IPAddress prefix = AddressText.prefix(length == null ? text : text + "/" + length, false);
        if (prefix == null) {
            context.warn("'" + text + "' is not an address or prefix");
        }
        return Optional.ofNullable(prefix);
    }

    private static Optional<PortRange> range(JsonNode e, String name) {
        Long single = name.equals("uid") ? null : IpRouteJson.number(e, name);
        if (single != null) {
            return Optional.of(new PortRange(single, single));
        }
        Long start = IpRouteJson.number(e, name + "_start");
        Long end = IpRouteJson.number(e, name + "_end");
        return start == null || end == null || end < start ? Optional.empty() : Optional.of(new PortRange(start, end));
    }

    private static Map<String, String> others(JsonNode e) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : e.properties()) {
            if (!NAMED.contains(field.getKey()) && field.getValue().isValueNode()) {
                out.put(field.getKey(), field.getValue().isNull() ? "" : field.getValue().asText());
            }
        }
        return out;
    }

}
