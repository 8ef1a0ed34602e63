package dev.bothways.importers.iproute;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.Severity;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.FirewallMark;
import dev.bothways.model.PolicyRule;
import dev.bothways.model.PortRange;
import dev.bothways.model.Progress;
import dev.bothways.model.RuleAction;
import inet.ipaddr.IPAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Reads {@code ip rule} / {@code ip -6 rule} text: {@code PRIORITY: [not] SELECTORS ACTION}. */
final class IpRuleParser extends IpTextParser<PolicyRule> {
    IpRuleParser(ArtifactSource source, Progress progress) {
        super(source, progress, "ip rule");
    }

    static Optional<RuleAction> action(String word) {
        return switch (word) {
            case "blackhole" -> Optional.of(RuleAction.BLACKHOLE);
            case "unreachable" -> Optional.of(RuleAction.UNREACHABLE);
            case "prohibit" -> Optional.of(RuleAction.PROHIBIT);
            case "nop" -> Optional.of(RuleAction.NOP);
            case "goto" -> Optional.of(RuleAction.GOTO);
            case "lookup", "table" -> Optional.of(RuleAction.LOOKUP);
            default -> Optional.empty();
        };
    }

    @Override
    protected void words(String line, int number, int n) {
        String first = tokens.get(0);
        Integer priority = first.endsWith(":") ? integer(first.substring(0, first.length() - 1)) : null;
        if (priority == null) {
            if (!line.strip().startsWith("#")) {
                notOutput(line, number, "not an ip rule line (it starts with a priority and a colon); skipped");
            }
            return;
        }
        boolean inverted = false;
        IPAddress from = null;
        IPAddress to = null;
        String iif = null;
        String oif = null;
        FirewallMark mark = null;
        String protocol = null;
        PortRange sport = null;
        PortRange dport = null;
        PortRange uids = null;
        RuleAction action = null;
        String table = null;
        Integer gotoTarget = null;
        Integer suppress = null;
        Map<String, String> attributes = new HashMap<>();
        for (int i = 1; i < n; i++) {
            String key = tokens.get(i);
            String value = i + 1 < n ? tokens.get(i + 1) : null;
            Optional<RuleAction> named = action(key);
            if (key.equals("not")) {
                inverted = true;
                continue;
            }
            if (named.isPresent() && (named.get() != RuleAction.LOOKUP && named.get() != RuleAction.GOTO)) {
                action = named.get();
                continue;
            }
            if (key.equals("detached") || key.equals("[detached]")) {
                attributes.put(iif != null && oif == null ? "iif-detached" : "oif-detached", "");
                continue;
            }
            if (key.startsWith("[") && key.endsWith("]")) {
                attributes.put(key.substring(1, key.length() - 1), "");
                continue;
            }
            if (value == null) {
                diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line, "'" + key + "' has no value");
                break;
            }
            i++;
            switch (key) {
                case "from" -> from = selector(value, number, line);
                case "to" -> to = selector(value, number, line);
                case "iif" -> iif = value;
                case "oif" -> oif = value;
                case "fwmark" -> mark = mark(value, number, line);
                case "ipproto" -> protocol = value;
                case "sport" -> sport = range(value, number, line);
                case "dport" -> dport = range(value, number, line);
                case "uidrange" -> uids = range(value, number, line);
                case "lookup", "table" -> {
                    action = RuleAction.LOOKUP;
                    table = value;
                }
                case "goto" -> {
                    action = RuleAction.GOTO;
                    gotoTarget = integer(value);
                }
                case "suppress_prefixlength" -> suppress = integer(value);
                default -> attributes.put(key, value);
            }
        }
        PolicyRule rule = new PolicyRule(priority, inverted, Optional.ofNullable(from), Optional.ofNullable(to),
                Optional.ofNullable(iif), Optional.ofNullable(oif), Optional.ofNullable(mark),
                Optional.ofNullable(protocol), Optional.ofNullable(sport), Optional.ofNullable(dport),
                Optional.ofNullable(uids), action == null ? RuleAction.NOP : action, Optional.ofNullable(table),
                Optional.ofNullable(gotoTarget), Optional.ofNullable(suppress), attributes);
        items.add(new Evidence<>(rule, ArtifactLines.line(source.id(), number)));
    }

    private @Nullable IPAddress selector(String value, int number, String line) {
        if (value.equals("all")) {
            return null;
        }
        IPAddress prefix = AddressText.prefix(value, false);
        if (prefix == null) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line,
                    "'" + value + "' is not an address or prefix");
        }
        return prefix;
    }

    private @Nullable FirewallMark mark(String value, int number, String line) {
        int slash = value.indexOf('/');
        Long mark = IpRouteJson.mark(slash < 0 ? value : value.substring(0, slash));
        Long mask = slash < 0 ? Long.valueOf(FirewallMark.ALL_BITS) : IpRouteJson.mark(value.substring(slash + 1));
        if (mark == null || mask == null) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line,
                    "'" + value + "' is not a mark or mark/mask");
            return null;
        }
        return new FirewallMark(mark, mask);
    }

    private @Nullable PortRange range(String value, int number, String line) {
        int dash = value.indexOf('-');
        Long first = whole(dash < 0 ? value : value.substring(0, dash));
        Long last = dash < 0 ? first : whole(value.substring(dash + 1));
        if (first == null || last == null || last < first) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line,
                    "'" + value + "' is not a number or a range N-M");
            return null;
        }
        return new PortRange(first, last);
    }

    private static @Nullable Long whole(String text) {
        try {
            long value = Long.parseLong(text);
            return value < 0 || value > 0xffffffffL ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static @Nullable Integer integer(String text) {
        try {
            long value = Long.parseLong(text);
            return value < 0 || value > 0xffffffffL ? null : (int) Math.min(value, Integer.MAX_VALUE);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    protected void end(int lastLine, boolean terminated) {
        if (items.isEmpty() && diagnostics.isEmpty()) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, 0, "", "no rules in the output");
        }
    }
}
