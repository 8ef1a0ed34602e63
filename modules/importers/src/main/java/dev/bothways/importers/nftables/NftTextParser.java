package dev.bothways.importers.nftables;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticCollector;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.ParseResult;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.netfilter.FirewallChain;
import dev.bothways.model.netfilter.FirewallRule;
import dev.bothways.model.netfilter.FirewallRuleset;
import dev.bothways.model.netfilter.Hook;
import dev.bothways.model.netfilter.NetfilterFamily;
import dev.bothways.model.netfilter.RulesetSyntax;
import dev.bothways.model.netfilter.VerdictKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads one {@code nft list ruleset} text; one instance per artifact. */
final class NftTextParser {
    private static final Pattern TABLE = Pattern.compile("^table\\s+(?:(\\w+)\\s+)?(\\S+)\\s*\\{.*");
    private static final Pattern CHAIN = Pattern.compile("^chain\\s+(\\S+)\\s*\\{.*");
    private static final Pattern OTHER_BLOCK = Pattern.compile(
            "^(?:set|map|flowtable|counter|quota|limit|secmark|synproxy|ct\\s+\\w+|tunnel)\\s+\\S+\\s*\\{.*");
    private static final Pattern BASE_CHAIN = Pattern.compile(
            "^type\\s+(\\w+)\\s+hook\\s+(\\w+)(?:\\s+devices?\\s*=?\\s*(?:\\{[^}]*}|\\S+))?\\s+priority\\s+([^;]+);"
                    + "(?:\\s*policy\\s+(\\w+);)?.*");

    private final ArtifactSource source;
    private final DiagnosticCollector diagnostics;
    private final List<Evidence<FirewallChain>> chains = new ArrayList<>();
    private final List<Evidence<FirewallRule>> rules = new ArrayList<>();

    private @Nullable NetfilterFamily family;
    private @Nullable String table;
    private @Nullable ChainBuilder chain;
    private int skipDepth;
    private int skipStart;
    private @Nullable RuleBuilder rule;

    NftTextParser(ArtifactSource source) {
        this.source = source;
        this.diagnostics = new DiagnosticCollector(source.id());
    }

    ParseResult<FirewallRuleset> parse() {
        List<String> lines = source.lines();
        int last = 0;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            int number = source.lineNumber(i);
            last = number;
            if (diagnostics.skipOverlong(number, raw, "nft output")) {
                continue;
            }
            read(raw.strip(), number);
        }
        finishAtEnd(last);
        FirewallRuleset ruleset = new FirewallRuleset(RulesetSyntax.NFT_TEXT, chains, rules);
        return new ParseResult<>(List.of(ruleset), rules.size(),
                diagnostics.finishAllowingEmpty(rules.size() + chains.size(), "nft rules"));
    }

    private void read(String line, int number) {
        if (rule != null) {
            rule.add(line, number);
            if (rule.depth <= 0) {
                finishRule();
            }
            return;
        }
        if (skipDepth > 0) {
            skipDepth += braceDelta(line);
            return;
        }
        if (line.isEmpty() || line.startsWith("#")) {
            return;
        }
        if (table == null) {
            readTopLevel(line, number);
        } else if (chain == null) {
            readInTable(line, number);
        } else {
            readInChain(line, number);
        }
    }

    private void readTopLevel(String line, int number) {
        Matcher m = TABLE.matcher(line);
        if (m.matches()) {
            Optional<NetfilterFamily> f = m.group(1) == null ? Optional.of(NetfilterFamily.IP)
                    : NetfilterFamily.ofLabel(m.group(1));
            if (f.isEmpty()) {
                diagnostics.warn(DiagnosticKind.UNSUPPORTED, number, line, "unknown table family '" + m.group(1)
                        + "'; table skipped");
                skip(line, number);
                return;
            }
            family = f.get();
            table = m.group(2);
            return;
        }
        diagnostics.warn(DiagnosticKind.MALFORMED, number, line, "expected 'table <family> <name> {'; line skipped");
    }

    private void readInTable(String line, int number) {
        if (line.equals("}")) {
            table = null;
            return;
        }
        Matcher m = CHAIN.matcher(line);
        if (m.matches()) {
            chain = new ChainBuilder(m.group(1), number);
            if (line.endsWith("}")) { // "chain x { }" on one line
                finishChain(number);
            }
            return;
        }
        if (OTHER_BLOCK.matcher(line).matches()) {
            skip(line, number);
            return;
        }
        if (line.startsWith("flags ") || line.startsWith("comment ")) {
            return;
        }
        diagnostics.warn(DiagnosticKind.UNSUPPORTED, number, line, "not a chain, set or map of table " + table
                + "; skipped");
        if (braceDelta(line) > 0) {
            skip(line, number);
        }
    }

    private void readInChain(String line, int number) {
        if (line.equals("}")) {
            finishChain(number);
            return;
        }
        Matcher base = BASE_CHAIN.matcher(line);
        if (base.matches() && !chain.defined && rulesInChain() == 0) {
            chain.type = Optional.of(base.group(1));
            chain.hook = Hook.ofLabel(base.group(2));
            chain.priority = ChainPriority.parse(family, base.group(3).strip());
            chain.policy = base.group(4) == null ? Optional.of(VerdictKind.ACCEPT)
                    : VerdictKind.ofLabel(base.group(4));
            if (chain.hook.isEmpty() || chain.priority.isEmpty()) {
                diagnostics.warn(DiagnosticKind.SUSPICIOUS, number, line, "hook or priority not understood");
            }
            return;
        }
        if (line.startsWith("comment ") || line.startsWith("policy ") || line.startsWith("devices ")) {
            return;
        }
        chain.defined = true;
        rule = new RuleBuilder(number);
        rule.add(line, number);
        if (rule.depth <= 0) {
            finishRule();
        }
    }

    private int rulesInChain() {
        return chain.rules;
    }

    private void finishRule() {
        FirewallChain c = chain.build(family, table);
        RuleStatements s = RuleStatements.read(rule.text.toString());
        chain.rules++;
        if (!s.unknownStates().isEmpty()) {
            diagnostics.warn(DiagnosticKind.SUSPICIOUS, rule.first, rule.text.toString(),
                    "unknown ct state or status " + s.unknownStates());
        }
        FirewallRule r = new FirewallRule(c, chain.rules, s.handle(), rule.text.toString(), s.inInterface(),
                s.outInterface(), s.ctState(), s.ctStatus(), s.counters(), s.verdict(), s.logPrefix(), s.logs(),
                s.nat());
        rules.add(new Evidence<>(r, new ArtifactLines(source.id(), rule.first, rule.last)));
        rule = null;
    }

    private void finishChain(int number) {
        FirewallChain c = chain.build(family, table);
        chains.add(new Evidence<>(c, new ArtifactLines(source.id(), chain.first, number)));
        chain = null;
    }

    private void skip(String line, int number) {
        skipDepth = braceDelta(line);
        skipStart = number;
    }

    private void finishAtEnd(int last) {
        String where = null;
        if (rule != null) {
            where = "a rule of chain " + chain.name;
            rule = null;
        } else if (chain != null) {
            where = "chain " + chain.name;
        } else if (skipDepth > 0) {
            where = "a block that starts at line " + skipStart;
        } else if (table != null) {
            where = "table " + table;
        }
        if (where != null) {
            if (chain != null) {
                finishChain(last);
            }
            diagnostics.warn(DiagnosticKind.TRUNCATED, last, "", "the ruleset ends inside " + where
                    + (table != null ? " of table " + table : "") + ": the output was cut; what came before is kept");
        }
    }

    /** Opening minus closing braces outside quoted strings. */
    static int braceDelta(String line) {
        int delta = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '{') {
                delta++;
            } else if (!quoted && c == '}') {
                delta--;
            }
        }
        return delta;
    }

    private static final class ChainBuilder {
        final String name;
        final int first;
        Optional<String> type = Optional.empty();
        Optional<Hook> hook = Optional.empty();
        OptionalInt priority = OptionalInt.empty();
        Optional<VerdictKind> policy = Optional.empty();
        boolean defined;
        int rules;
        @Nullable FirewallChain built;

        ChainBuilder(String name, int first) {
            this.name = name;
            this.first = first;
        }

        FirewallChain build(NetfilterFamily family, String table) {
            if (built == null) {
                built = new FirewallChain(family, table, name, type, hook, priority, policy, Optional.empty());
            }
            return built;
        }
    }

    private static final class RuleBuilder {
        final int first;
        int last;
        int depth;
        final StringBuilder text = new StringBuilder();

        RuleBuilder(int first) {
            this.first = first;
        }

        void add(String line, int number) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(line);
            depth += braceDelta(line);
            last = number;
        }
    }
}
