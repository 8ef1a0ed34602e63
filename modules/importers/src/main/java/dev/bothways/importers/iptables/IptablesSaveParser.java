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
import dev.bothways.model.netfilter.RulesetSyntax;
import dev.bothways.model.netfilter.VerdictKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one {@code iptables-save} (with or without {@code -c}) dump; one instance per artifact. */
final class IptablesSaveParser {
    private static final Pattern CHAIN = Pattern.compile("^:(\\S+)\\s+(\\S+)(?:\\s+\\[(\\d+):(\\d+)])?\\s*$");
    private static final Pattern COUNTED = Pattern.compile("^\\[(\\d+):(\\d+)]\\s+(.*)$");

    private final ArtifactSource source;
    private final DiagnosticCollector diagnostics;
    private final List<Evidence<FirewallChain>> chains = new ArrayList<>();
    private final List<Evidence<FirewallRule>> rules = new ArrayList<>();
    private final List<String> tables = new ArrayList<>();
    private final Map<String, FirewallChain> tableChains = new LinkedHashMap<>();
    private final Map<String, Integer> positions = new LinkedHashMap<>();
    private String table;
    private int tableLine;

    IptablesSaveParser(ArtifactSource source) {
        this.source = source;
        this.diagnostics = new DiagnosticCollector(source.id());
    }

    ParseResult<FirewallRuleset> parse() {
        List<String> lines = source.lines();
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            int number = source.lineNumber(i);
            last = number;
            if (DiagnosticCollector.overlong(line)) {
                diagnostics.warn(DiagnosticKind.MALFORMED, number, line, "line of " + line.length()
                        + " characters is not iptables-save output; skipped");
                continue;
            }
            read(line, number);
        }
        if (table != null) {
            diagnostics.warn(DiagnosticKind.TRUNCATED, last, "", "table " + table + " (from line " + tableLine
                    + ") has no COMMIT: the dump was cut; what came before is kept");
        }
        if (!tables.isEmpty() && !tables.contains("filter")) {
            diagnostics.note(DiagnosticKind.SUSPICIOUS, 0, "", "no *filter table in this dump (only "
                    + String.join(", ", tables) + "): it was left out or not captured");
        }
        FirewallRuleset ruleset = new FirewallRuleset(RulesetSyntax.IPTABLES_SAVE, chains, rules);
        return new ParseResult<>(List.of(ruleset), rules.size(),
                diagnostics.finish(rules.size() + chains.size(), "iptables-save output"));
    }

    private void read(String line, int number) {
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        if (line.startsWith("*")) {
            table = line.substring(1).strip();
            tableLine = number;
            tables.add(table);
            tableChains.clear();
            positions.clear();
            return;
        }
        if (line.equals("COMMIT")) {
            table = null;
            return;
        }
        if (table == null) {
            diagnostics.warn(DiagnosticKind.MALFORMED, number, line, "outside of a *table ... COMMIT block; skipped");
            return;
        }
        Matcher chain = CHAIN.matcher(line);
        if (chain.matches()) {
            Optional<VerdictKind> policy = VerdictKind.ofLabel(chain.group(2));
            Optional<Counters> counters = chain.group(3) == null || policy.isEmpty() ? Optional.empty()
                    : Optional.of(Counters.exact(Long.parseLong(chain.group(3)), Long.parseLong(chain.group(4))));
            FirewallChain c = IptablesChains.chain(table, chain.group(1), policy, counters);
            tableChains.put(c.name(), c);
            chains.add(new Evidence<>(c, ArtifactLines.line(source.id(), number)));
            return;
        }
        Optional<Counters> counters = Optional.empty();
        String rule = line;
        Matcher counted = COUNTED.matcher(line);
        if (counted.matches()) {
            counters = Optional.of(Counters.exact(Long.parseLong(counted.group(1)), Long.parseLong(counted.group(2))));
            rule = counted.group(3);
        }
        List<String> words = words(rule);
        if (words.size() < 2 || !words.get(0).equals("-A")) {
            diagnostics.warn(DiagnosticKind.MALFORMED, number, line, "not a chain or -A rule line; skipped");
            return;
        }
        FirewallChain c = tableChains.get(words.get(1));
        if (c == null) {
            diagnostics.warn(DiagnosticKind.SUSPICIOUS, number, line, "rule of chain " + words.get(1)
                    + " that the table does not declare");
            c = IptablesChains.chain(table, words.get(1), Optional.empty(), Optional.empty());
            tableChains.put(c.name(), c);
        }
        rules.add(new Evidence<>(rule(c, words, rule, counters), ArtifactLines.line(source.id(), number)));
    }

    private FirewallRule rule(FirewallChain chain, List<String> w, String text, Optional<Counters> counters) {
        Optional<String> in = Optional.empty();
        Optional<String> out = Optional.empty();
        Optional<CtMatch<CtState>> state = Optional.empty();
        Optional<CtMatch<CtStatus>> status = Optional.empty();
        Optional<String> prefix = Optional.empty();
        Optional<String> to = Optional.empty();
        String target = "";
        boolean goTo = false;
        boolean negate = false;
        for (int i = 2; i < w.size(); i++) {
            String word = w.get(i);
            String next = i + 1 < w.size() ? w.get(i + 1) : "";
            switch (word) {
                case "!" -> {
                    negate = true;
                    continue;
                }
                case "-i", "--in-interface" -> in = Optional.of((negate ? "!= " : "") + next);
                case "-o", "--out-interface" -> out = Optional.of((negate ? "!= " : "") + next);
                case "--ctstate", "--state" -> state = Optional.of(match(negate, next, CtState::ofLabel, CtState.class));
                case "--ctstatus" -> status = Optional.of(match(negate, next, CtStatus::ofLabel, CtStatus.class));
                case "--log-prefix" -> prefix = Optional.of(unquote(next));
                case "--to-source", "--to-destination", "--to-ports", "--to" -> to = Optional.of(next);
                case "-j", "--jump" -> target = next;
                case "-g", "--goto" -> {
                    target = next;
                    goTo = true;
                }
                default -> {
                    negate = false;
                    continue;
                }
            }
            negate = false;
            i++;
        }
        IptablesTarget t = IptablesTarget.of(target, goTo);
        int position = positions.merge(chain.name(), 1, Integer::sum);
        return new FirewallRule(chain, position, OptionalLong.empty(), text, in, out, state, status, counters,
                t.verdict(), prefix, t.logs(), t.natStatement(to));
    }

    static <V extends Enum<V>> CtMatch<V> match(boolean negated, String list, Function<String, Optional<V>> byLabel,
                                                Class<V> type) {
        Set<V> values = EnumSet.noneOf(type);
        for (String label : list.split(",")) {
            byLabel.apply(label.strip()).ifPresent(values::add);
        }
        return new CtMatch<>(negated, values);
    }

    static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }

    /** Splits on blanks, keeping double-quoted strings (with their backslash escapes) whole. */
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted && i + 1 < text.length()) {
                word.append(text.charAt(++i));
            } else if (c == '"') {
                quoted = !quoted;
                word.append(c);
                any = true;
            } else if (Character.isWhitespace(c) && !quoted) {
                if (any) {
                    out.add(word.toString());
                    word.setLength(0);
                    any = false;
                }
            } else {
                word.append(c);
                any = true;
            }
        }
        if (any) {
            out.add(word.toString());
        }
        return out;
    }
}
