package dev.bothways.importers.iptables;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticCollector;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.ParseResult;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.netfilter.Counters;
import dev.bothways.model.netfilter.CtMatch;
import dev.bothways.model.netfilter.CtState;
import dev.bothways.model.netfilter.CtStatus;
import dev.bothways.model.netfilter.FirewallChain;
import dev.bothways.model.netfilter.FirewallRule;
import dev.bothways.model.netfilter.FirewallRuleset;
import dev.bothways.model.netfilter.NetfilterFamily;
import dev.bothways.model.netfilter.RulesetSyntax;
import dev.bothways.model.netfilter.VerdictKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Reads one {@code iptables -L} listing (with or without {@code -v}, {@code -n}, {@code -x},
 * {@code --line-numbers}). The listing does not name its table: it comes from {@code -t} in the
 * command line, or is inferred from the built-in chains shown.
 */
final class IptablesListParser {
    static final Pattern CHAIN = Pattern.compile(
            "^Chain (\\S+) \\((?:policy (\\w+)(?: (\\d+[KMGT]?) packets, (\\d+[KMGT]?) bytes)?|(\\d+) references?)\\)\\s*$");
    private static final Pattern TABLE_OPTION = Pattern.compile("(?:^|\\s)(?:-t\\s*|--table[=\\s])(\\w+)");
    private static final Pattern PREFIX = Pattern.compile("prefix \"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern NAT_TO = Pattern.compile("\\bto:(\\S+)");
    private static final Pattern PROTOCOL = Pattern.compile(
            "^(?:all|tcp|udp|udplite|icmp|icmpv6|ipv6-icmp|esp|ah|sctp|gre|mh|dccp|\\d{1,3})$");
    private static final Pattern STATE = Pattern.compile("(!\\s*)?\\b(?:ctstate|state) (!\\s*)?([A-Z,]+)");
    private static final Pattern STATUS = Pattern.compile("(!\\s*)?\\bctstatus (!\\s*)?([A-Z_,]+)");

    private final ArtifactSource source;
    private final Optional<String> commandTable;
    private final boolean ip6Command;
    private boolean ip6Addresses;
    private final DiagnosticCollector diagnostics;
    private final List<ChainBlock> blocks = new ArrayList<>();
    private @Nullable ChainBlock current;
    private @Nullable Header header;

    IptablesListParser(ArtifactSource source, String commandLine) {
        this.source = source;
        this.commandTable = tableOption(commandLine);
        this.ip6Command = commandLine.matches("^(?:sudo\\s+)?ip6tables.*");
        this.diagnostics = new DiagnosticCollector(source.id());
    }

    ParseResult<FirewallRuleset> parse() {
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = source.lineNumber(i);
            if (diagnostics.skipOverlong(number, line, "iptables output")) {
                continue;
            }
            read(line, number);
        }
        String table = commandTable.orElseGet(this::inferTable);
        NetfilterFamily family = ip6Command || ip6Addresses ? NetfilterFamily.IP6 : NetfilterFamily.IP;
        List<Evidence<FirewallChain>> chains = new ArrayList<>();
        List<Evidence<FirewallRule>> rules = new ArrayList<>();
        for (ChainBlock b : blocks) {
            FirewallChain chain = IptablesChains.chain(family, table, b.name, b.policy, b.policyCounters);
            chains.add(new Evidence<>(chain, new ArtifactLines(source.id(), b.first, b.last)));
            int position = 0;
            for (RawRule r : b.rules) {
                rules.add(new Evidence<>(r.build(chain, ++position), ArtifactLines.line(source.id(), r.line)));
            }
        }
        FirewallRuleset ruleset = new FirewallRuleset(RulesetSyntax.IPTABLES_LIST, chains, rules);
        return new ParseResult<>(List.of(ruleset), rules.size(),
                diagnostics.finish(rules.size() + chains.size(), "iptables -L output"));
    }

    /** The table a command line names with {@code -t} or {@code --table}. */
    static Optional<String> tableOption(String commandLine) {
        Matcher t = TABLE_OPTION.matcher(commandLine);
        return t.find() ? Optional.of(t.group(1)) : Optional.empty();
    }

    /** nat has PREROUTING, INPUT, OUTPUT, POSTROUTING but no FORWARD; raw has only PREROUTING and OUTPUT. */
    private String inferTable() {
        Set<String> builtins = blocks.stream().filter(b -> b.policy.isPresent()).map(b -> b.name)
                .collect(Collectors.toSet());
        boolean pre = builtins.contains("PREROUTING");
        boolean post = builtins.contains("POSTROUTING");
        boolean forward = builtins.contains("FORWARD");
        if (pre && post && !forward) {
            return "nat";
        }
        if (pre && post) {
            return "mangle";
        }
        if (pre && !builtins.contains("INPUT")) {
            return "raw";
        }
        return "filter";
    }

    private void read(String line, int number) {
        if (line.isBlank()) {
            return;
        }
        Matcher chain = CHAIN.matcher(line);
        if (chain.matches()) {
            current = new ChainBlock(chain.group(1), number);
            if (chain.group(2) != null) {
                current.policy = VerdictKind.ofLabel(chain.group(2));
                if (chain.group(3) != null) {
                    current.policyCounters = Optional.of(counters(chain.group(3), chain.group(4)));
                }
            }
            blocks.add(current);
            header = null;
            return;
        }
        String stripped = line.strip();
        if (current != null && (stripped.startsWith("target ") || stripped.startsWith("pkts ")
                || stripped.startsWith("num "))) {
            header = Header.of(stripped);
            current.last = number;
            return;
        }
        if (current == null || header == null) {
            diagnostics.warn(DiagnosticKind.MALFORMED, number, line, "expected 'Chain NAME (...)' and its column "
                    + "header; skipped");
            return;
        }
        Optional<RawRule> rule = header.rule(line, number);
        if (rule.isEmpty()) {
            diagnostics.warn(DiagnosticKind.MALFORMED, number, line, "rule columns not understood; skipped");
            return;
        }
        current.rules.add(rule.get());
        ip6Addresses |= rule.get().text().contains("::/");
        current.last = number;
    }

    static Counters counters(String packets, String bytes) {
        return new Counters(scaled(packets), scaled(bytes), Character.isDigit(packets.charAt(packets.length() - 1))
                && Character.isDigit(bytes.charAt(bytes.length() - 1)));
    }

    private static long scaled(String n) {
        char unit = n.charAt(n.length() - 1);
        long factor = switch (unit) {
            case 'K' -> 1_000L;
            case 'M' -> 1_000_000L;
            case 'G' -> 1_000_000_000L;
            case 'T' -> 1_000_000_000_000L;
            default -> 1L;
        };
        String digits = factor == 1 ? n : n.substring(0, n.length() - 1);
        try {
            return Long.parseLong(digits) * factor;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Which columns the listing has, from its header line. */
    private record Header(boolean numbered, boolean verbose) {
        static Header of(String header) {
            return new Header(header.startsWith("num "), header.contains("pkts"));
        }

        Optional<RawRule> rule(String line, int number) {
            List<String> w = Arrays.asList(line.strip().split("\\s+"));
            int first = (numbered ? 1 : 0) + (verbose ? 2 : 0);
            int opt = -1;
            for (int i = first; i < w.size() && i <= first + 2; i++) {
                String word = w.get(i);
                if (word.equals("--") || word.matches("!?-?f|-[46-]+")) {
                    opt = i;
                    break;
                }
            }
            int protocol = opt - 1;
            if (opt < 0) { // ip6tables prints an empty opt column
                protocol = w.size() > first + 1 && PROTOCOL.matcher(w.get(first + 1)).matches() ? first + 1
                        : w.size() > first && PROTOCOL.matcher(w.get(first)).matches() ? first : -1;
            }
            int last = opt < 0 ? protocol : opt; // the column before in/out (or source)
            int after = last + 1 + (verbose ? 2 : 0) + 2;
            if (protocol < first || after > w.size()) {
                return Optional.empty();
            }
            Optional<Counters> counters = Optional.empty();
            if (verbose) {
                int at = numbered ? 1 : 0;
                if (!w.get(at).matches("\\d+[KMGT]?") || !w.get(at + 1).matches("\\d+[KMGT]?")) {
                    return Optional.empty();
                }
                counters = Optional.of(counters(w.get(at), w.get(at + 1)));
            }
            String target = protocol - 1 >= first ? w.get(protocol - 1) : "";
            Optional<String> in = Optional.empty();
            Optional<String> out = Optional.empty();
            if (verbose) {
                in = anyInterface(w.get(last + 1));
                out = anyInterface(w.get(last + 2));
            }
            String options = String.join(" ", w.subList(after, w.size()));
            String text = String.join(" ", w.subList(first, w.size()));
            return Optional.of(new RawRule(number, text, target, counters, in, out, options));
        }

        private static Optional<String> anyInterface(String column) {
            if (column.equals("*")) {
                return Optional.empty();
            }
            return Optional.of(column.startsWith("!") ? "!= " + column.substring(1) : column);
        }
    }

    private record RawRule(int line, String text, String target, Optional<Counters> counters, Optional<String> in,
                           Optional<String> out, String options) {
        FirewallRule build(FirewallChain chain, int position) {
            IptablesTarget t = IptablesTarget.of(target, false);
            Optional<CtMatch<CtState>> state = Optional.empty();
            Matcher s = STATE.matcher(options);
            if (s.find()) {
                state = Optional.of(IptablesSaveParser.match(s.group(1) != null || s.group(2) != null, s.group(3),
                        CtState::ofLabel, CtState.class));
            }
            Optional<CtMatch<CtStatus>> status = Optional.empty();
            Matcher st = STATUS.matcher(options);
            if (st.find()) {
                status = Optional.of(IptablesSaveParser.match(st.group(1) != null || st.group(2) != null, st.group(3),
                        CtStatus::ofLabel, CtStatus.class));
            }
            Matcher p = PREFIX.matcher(options);
            Optional<String> prefix = t.logs() && p.find() ? Optional.of(p.group(1).replace("\\\"", "\""))
                    : Optional.empty();
            Matcher to = NAT_TO.matcher(options);
            Optional<String> natTo = to.find() ? Optional.of(to.group(1)) : Optional.empty();
            return new FirewallRule(chain, position, OptionalLong.empty(), text, in, out, state, status, counters,
                    t.verdict(), prefix, t.logs(), t.natStatement(natTo));
        }
    }

    private static final class ChainBlock {
        final String name;
        final int first;
        int last;
        Optional<VerdictKind> policy = Optional.empty();
        Optional<Counters> policyCounters = Optional.empty();
        final List<RawRule> rules = new ArrayList<>();

        ChainBlock(String name, int first) {
            this.name = name;
            this.first = first;
            this.last = first;
        }
    }
}
