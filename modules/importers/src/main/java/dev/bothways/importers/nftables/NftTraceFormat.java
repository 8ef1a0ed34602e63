package dev.bothways.importers.nftables;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticCollector;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Sniff;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Progress;
import dev.bothways.model.Protocol;
import dev.bothways.model.netfilter.NetfilterFamily;
import dev.bothways.model.netfilter.NftTrace;
import dev.bothways.model.netfilter.NftTraceEvent;
import dev.bothways.model.netfilter.NftTraceKind;
import dev.bothways.model.netfilter.TracedPacket;
import dev.bothways.model.netfilter.Verdict;
import dev.bothways.model.netfilter.VerdictKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code nft monitor trace}: a traced packet's walk through the ruleset, line by line. */
public final class NftTraceFormat implements ArtifactFormat<NftTrace> {
    static final Pattern LINE = Pattern.compile(
            "^trace id (\\S+) (\\w+) (\\S+) (\\S+) (packet|rule|verdict|policy)(?::)?\\s*(.*?)\\s*$");
    private static final Pattern RULE_VERDICT = Pattern.compile("^(.*?)\\s*\\(verdict (\\w+)(?: (\\S+))?\\)$");
    private static final Pattern COMMAND = Pattern.compile(
            "^(?:sudo\\s+)?(?:timeout\\s+(?:-s\\s+\\S+\\s+)?\\S+\\s+)?nft\\s+(?:-\\S+\\s+)*monitor\\s+trace\\b.*");

    @Override
    public String id() {
        return "nft-trace";
    }

    @Override
    public String title() {
        return "nft monitor trace";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        if (COMMAND.matcher(head.commandLine()).matches()) {
            return MatchStrength.FULL;
        }
        return head.lines().stream().limit(20).anyMatch(l -> LINE.matcher(l).matches()) ? MatchStrength.FULL
                : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<NftTrace> parse(ArtifactSource source, Progress progress) {
        DiagnosticCollector diagnostics = new DiagnosticCollector(source.id());
        List<Evidence<NftTraceEvent>> events = new ArrayList<>();
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = source.lineNumber(i);
            if (line.isBlank() || line.startsWith("# ") || line.startsWith("$ ")) {
                continue;
            }
            if (diagnostics.skipOverlong(number, line, "nft monitor output")) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            Optional<NetfilterFamily> family = m.matches() ? NetfilterFamily.ofLabel(m.group(2)) : Optional.empty();
            if (family.isEmpty()) {
                diagnostics.warn(DiagnosticKind.MALFORMED, number, line, "not a trace line; skipped");
                continue;
            }
            NftTraceKind kind = NftTraceKind.valueOf(m.group(5).toUpperCase(Locale.ROOT));
            String rest = m.group(6);
            Optional<String> rule = Optional.empty();
            Optional<Verdict> verdict = Optional.empty();
            Optional<TracedPacket> packet = Optional.empty();
            switch (kind) {
                case PACKET -> packet = Optional.of(packet(RuleStatements.words(rest)));
                case RULE -> {
                    Matcher v = RULE_VERDICT.matcher(rest);
                    rule = Optional.of(v.matches() ? v.group(1) : rest);
                    verdict = v.matches() ? verdict(v.group(2), v.group(3)) : Optional.empty();
                }
                case VERDICT, POLICY -> {
                    String[] words = rest.split("\\s+");
                    verdict = verdict(words[0], words.length > 1 ? words[1] : null);
                }
            }
            NftTraceEvent event = new NftTraceEvent(m.group(1), family.get(), m.group(3), m.group(4), kind, rule,
                    verdict, packet);
            events.add(new Evidence<>(event, ArtifactLines.line(source.id(), number)));
        }
        return new ParseResult<>(List.of(new NftTrace(events)), events.size(),
                diagnostics.finishAllowingEmpty(events.size(), "trace lines"));
    }

    private static Optional<Verdict> verdict(String kind, String target) {
        return VerdictKind.ofLabel(kind).map(k -> target == null ? Verdict.of(k) : Verdict.to(k, target));
    }

    private static TracedPacket packet(List<String> w) {
        Optional<String> iif = Optional.empty();
        Optional<String> oif = Optional.empty();
        Optional<String> src = Optional.empty();
        Optional<String> dst = Optional.empty();
        Protocol protocol = Protocol.OTHER;
        OptionalInt sport = OptionalInt.empty();
        OptionalInt dport = OptionalInt.empty();
        Optional<String> flags = Optional.empty();
        OptionalInt id = OptionalInt.empty();
        for (int i = 0; i + 1 < w.size(); i++) {
            String a = w.get(i);
            String b = w.get(i + 1);
            String value = i + 2 < w.size() ? w.get(i + 2) : "";
            switch (a) {
                case "iif" -> iif = Optional.of(RuleStatements.unquote(b));
                case "oif" -> oif = Optional.of(RuleStatements.unquote(b));
                case "ip", "ip6" -> {
                    switch (b) {
                        case "saddr" -> src = Optional.of(value);
                        case "daddr" -> dst = Optional.of(value);
                        case "protocol", "nexthdr" -> protocol = Protocol.ofLabel(value).orElse(protocol);
                        case "id" -> id = number(value);
                        default -> { }
                    }
                }
                case "tcp", "udp" -> {
                    protocol = Protocol.ofLabel(a).orElseThrow();
                    switch (b) {
                        case "sport" -> sport = number(value);
                        case "dport" -> dport = number(value);
                        case "flags" -> flags = Optional.of(value.equals("==") && i + 3 < w.size() ? w.get(i + 3) : value);
                        default -> { }
                    }
                }
                case "icmp" -> protocol = Protocol.ICMP;
                case "icmpv6" -> protocol = Protocol.ICMPV6;
                default -> { }
            }
        }
        return new TracedPacket(iif, oif, src, dst, protocol, sport, dport, flags, id);
    }

    private static OptionalInt number(String text) {
        try {
            return OptionalInt.of(Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
