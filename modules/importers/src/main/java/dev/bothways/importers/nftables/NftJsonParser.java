package dev.bothways.importers.nftables;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import dev.bothways.model.netfilter.Hook;
import dev.bothways.model.netfilter.NatKind;
import dev.bothways.model.netfilter.NatStatement;
import dev.bothways.model.netfilter.NetfilterFamily;
import dev.bothways.model.netfilter.RulesetSyntax;
import dev.bothways.model.netfilter.Verdict;
import dev.bothways.model.netfilter.VerdictKind;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads one {@code nft -j list ruleset}: streams the {@code "nftables"} array and takes each of
 * its objects (table, chain, rule, set...) as a small tree, so a large ruleset is never one tree.
 */
final class NftJsonParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ArtifactSource source;
    private final DiagnosticCollector diagnostics;
    private final List<Evidence<FirewallChain>> chains = new ArrayList<>();
    private final List<Evidence<FirewallRule>> rules = new ArrayList<>();
    private final Map<String, FirewallChain> chainsByName = new HashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();

    NftJsonParser(ArtifactSource source) {
        this.source = source;
        this.diagnostics = new DiagnosticCollector(source.id());
    }

    ParseResult<FirewallRuleset> parse() {
        try (InputStream in = source.stream(); JsonParser p = MAPPER.getFactory().createParser(in)) {
            readDocument(p);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : fileLine(at.getLineNr());
            diagnostics.warn(DiagnosticKind.TRUNCATED, line, "", "the JSON stops being valid here ("
                    + e.getOriginalMessage() + "); what came before is kept");
        } catch (IOException e) {
            diagnostics.error(DiagnosticKind.REFUSED, 0, "", "cannot read: " + e.getMessage());
        }
        FirewallRuleset ruleset = new FirewallRuleset(RulesetSyntax.NFT_JSON, chains, rules);
        return new ParseResult<>(List.of(ruleset), rules.size(),
                diagnostics.finishAllowingEmpty(rules.size() + chains.size(), "nft rules"));
    }

    private void readDocument(JsonParser p) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            diagnostics.error(DiagnosticKind.REFUSED, fileLine(p.currentLocation().getLineNr()), "",
                    "expected a JSON object with an \"nftables\" array");
            return;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("nftables") && value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    int first = fileLine(p.currentLocation().getLineNr());
                    JsonNode element = MAPPER.readTree(p);
                    int last = fileLine(p.currentLocation().getLineNr());
                    readElement(element, first, Math.max(first, last));
                }
            } else {
                p.skipChildren();
            }
        }
    }

    private void readElement(JsonNode element, int first, int last) {
        Iterator<Map.Entry<String, JsonNode>> fields = element.properties().iterator();
        if (!fields.hasNext()) {
            return;
        }
        Map.Entry<String, JsonNode> e = fields.next();
        JsonNode body = e.getValue();
        switch (e.getKey()) {
            case "chain" -> readChain(body, first, last);
            case "rule" -> readRule(body, first, last);
            case "metainfo", "table", "set", "map", "element", "flowtable", "counter", "quota", "ct helper",
                 "limit", "ct timeout", "ct expectation", "secmark", "synproxy" -> { }
            default -> diagnostics.note(DiagnosticKind.UNSUPPORTED, first, e.getKey(),
                    "nft object '" + e.getKey() + "' is not read");
        }
    }

    private void readChain(JsonNode c, int first, int last) {
        Optional<NetfilterFamily> family = NetfilterFamily.ofLabel(c.path("family").asText());
        if (family.isEmpty() || !c.hasNonNull("table") || !c.hasNonNull("name")) {
            diagnostics.warn(DiagnosticKind.MALFORMED, first, c.toString(), "chain without family, table or name");
            return;
        }
        Optional<Hook> hook = c.hasNonNull("hook") ? Hook.ofLabel(c.get("hook").asText()) : Optional.empty();
        OptionalInt prio = c.has("prio") && c.get("prio").canConvertToInt()
                ? OptionalInt.of(c.get("prio").asInt()) : OptionalInt.empty();
        Optional<VerdictKind> policy = c.hasNonNull("policy") ? VerdictKind.ofLabel(c.get("policy").asText())
                : hook.isPresent() ? Optional.of(VerdictKind.ACCEPT) : Optional.empty();
        FirewallChain chain = new FirewallChain(family.get(), c.get("table").asText(), c.get("name").asText(),
                c.hasNonNull("type") ? Optional.of(c.get("type").asText()) : Optional.empty(), hook, prio, policy,
                Optional.empty());
        chainsByName.put(key(family.get().label(), chain.table(), chain.name()), chain);
        chains.add(new Evidence<>(chain, new ArtifactLines(source.id(), first, last)));
    }

    private void readRule(JsonNode r, int first, int last) {
        String family = r.path("family").asText();
        String table = r.path("table").asText();
        String chainName = r.path("chain").asText();
        String key = key(family, table, chainName);
        FirewallChain chain = chainsByName.get(key);
        if (chain == null) {
            Optional<NetfilterFamily> f = NetfilterFamily.ofLabel(family);
            if (f.isEmpty()) {
                diagnostics.warn(DiagnosticKind.MALFORMED, first, r.toString(), "rule of unknown family '"
                        + family + "'; skipped");
                return;
            }
            chain = FirewallChain.regular(f.get(), table, chainName);
            chainsByName.put(key, chain);
            diagnostics.note(DiagnosticKind.SUSPICIOUS, first, "", "rule of chain " + chainName
                    + " comes before its chain was listed");
        }
        int position = positions.merge(key, 1, Integer::sum);
        Statements s = new Statements();
        for (JsonNode expr : r.path("expr")) {
            s.read(expr, first);
        }
        OptionalLong handle = r.has("handle") && r.get("handle").canConvertToLong()
                ? OptionalLong.of(r.get("handle").asLong()) : OptionalLong.empty();
        FirewallRule rule = new FirewallRule(chain, position, handle, r.path("expr").toString(), s.in, s.out,
                s.state, s.status, s.counters, s.verdict, s.prefix, s.logs, s.nat);
        rules.add(new Evidence<>(rule, new ArtifactLines(source.id(), first, last)));
    }

    private static String key(String family, String table, String chain) {
        return family + " " + table + " " + chain;
    }

    private int fileLine(int jsonLine) {
        return Math.max(1, jsonLine) + source.firstLine() - 1;
    }

    /** The typed parts of one rule's {@code expr} list. */
    private final class Statements {
        Optional<String> in = Optional.empty();
        Optional<String> out = Optional.empty();
        Optional<CtMatch<CtState>> state = Optional.empty();
        Optional<CtMatch<CtStatus>> status = Optional.empty();
        Optional<Counters> counters = Optional.empty();
        Optional<Verdict> verdict = Optional.empty();
        Optional<String> prefix = Optional.empty();
        boolean logs;
        Optional<NatStatement> nat = Optional.empty();

        void read(JsonNode expr, int line) {
            Iterator<Map.Entry<String, JsonNode>> fields = expr.properties().iterator();
            if (!fields.hasNext()) {
                return;
            }
            Map.Entry<String, JsonNode> e = fields.next();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "match" -> match(v, line);
                case "counter" -> {
                    if (v.has("packets") && v.has("bytes")) {
                        counters = Optional.of(Counters.exact(v.get("packets").asLong(), v.get("bytes").asLong()));
                    }
                }
                case "log" -> {
                    logs = true;
                    if (v.hasNonNull("prefix")) {
                        prefix = Optional.of(v.get("prefix").asText());
                    }
                }
                case "accept", "drop", "reject", "return", "queue", "continue" ->
                        verdict = VerdictKind.ofLabel(e.getKey()).map(Verdict::of);
                case "jump", "goto" -> verdict = Optional.of(Verdict.to(VerdictKind.ofLabel(e.getKey()).orElseThrow(),
                        v.path("target").asText("(anonymous)")));
                case "snat", "dnat" -> nat = Optional.of(new NatStatement(
                        e.getKey().equals("snat") ? NatKind.SNAT : NatKind.DNAT, natTarget(v)));
                case "masquerade" -> nat = Optional.of(new NatStatement(NatKind.MASQUERADE, natTarget(v)));
                case "redirect" -> nat = Optional.of(new NatStatement(NatKind.REDIRECT, natTarget(v)));
                default -> { }
            }
        }

        private void match(JsonNode m, int line) {
            JsonNode left = m.path("left");
            String op = m.path("op").asText("==");
            boolean negated = op.equals("!=");
            if (left.has("ct")) {
                String key = left.get("ct").path("key").asText();
                List<String> labels = labels(m.path("right"));
                if (key.equals("state")) {
                    state = Optional.of(ctMatch(negated, labels, CtState::ofLabel, CtState.class, line));
                } else if (key.equals("status")) {
                    status = Optional.of(ctMatch(negated, labels, CtStatus::ofLabel, CtStatus.class, line));
                }
            } else if (left.has("meta")) {
                String key = left.get("meta").path("key").asText();
                String right = String.join(",", labels(m.path("right")));
                String text = (negated ? "!= " : "") + right;
                if (key.equals("iifname") || key.equals("iif")) {
                    in = Optional.of(text);
                } else if (key.equals("oifname") || key.equals("oif")) {
                    out = Optional.of(text);
                }
            }
        }

        private <V extends Enum<V>> CtMatch<V> ctMatch(boolean negated, List<String> labels,
                                                       Function<String, Optional<V>> byLabel, Class<V> type,
                                                       int line) {
            Set<V> values = EnumSet.noneOf(type);
            for (String label : labels) {
                Optional<V> v = byLabel.apply(label);
                if (v.isPresent()) {
                    values.add(v.get());
                } else {
                    diagnostics.warn(DiagnosticKind.SUSPICIOUS, line, label, "unknown ct value '" + label + "'");
                }
            }
            return new CtMatch<>(negated, values);
        }
    }

    private static List<String> labels(JsonNode right) {
        List<String> out = new ArrayList<>();
        if (right.isTextual()) {
            for (String s : right.asText().split(",")) {
                out.add(s.strip());
            }
        } else if (right.isArray()) {
            right.forEach(n -> out.addAll(labels(n)));
        } else if (right.has("set")) {
            out.addAll(labels(right.get("set")));
        } else if (right.isValueNode()) {
            out.add(right.asText());
        }
        return out;
    }

    private static Optional<String> natTarget(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return Optional.empty();
        }
        String addr = v.hasNonNull("addr") ? (v.get("addr").isValueNode() ? v.get("addr").asText()
                : v.get("addr").toString()) : "";
        String port = v.hasNonNull("port") ? ":" + (v.get("port").isValueNode() ? v.get("port").asText()
                : v.get("port").toString()) : "";
        String to = addr + port;
        return to.isEmpty() ? Optional.empty() : Optional.of(to);
    }
}
