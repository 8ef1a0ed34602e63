package dev.bothways.importers.conntrack;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Evidence;
import dev.bothways.model.Progress;
import dev.bothways.model.netfilter.ConntrackEntry;
import dev.bothways.model.netfilter.ConntrackTable;
import java.util.List;
import java.util.regex.Pattern;

/** {@code conntrack -L} (plain or {@code -o extended}) and {@code /proc/net/nf_conntrack}. */
public final class ConntrackTableFormat implements ArtifactFormat<ConntrackTable> {
    private static final Pattern COMMAND = ConntrackCommand.pattern(
            "(?:conntrack\\s+(?:.*\\s)?(?:-L|--dump)\\b.*|cat\\s+/proc/net/(?:nf|ip)_conntrack\\s*)$");

    @Override
    public String id() {
        return "conntrack-table";
    }

    @Override
    public String title() {
        return "conntrack -L";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        if (ConntrackCommand.named(head, COMMAND)) {
            return MatchStrength.FULL;
        }
        List<String> lines = head.lines().stream().limit(30).toList();
        if (lines.stream().anyMatch(l -> ConntrackLine.EVENT_MARK.matcher(l).matches())) {
            return MatchStrength.NO_MATCH;
        }
        long entries = lines.stream().filter(l -> ConntrackLine.ENTRY.matcher(l).matches()).count();
        boolean summary = lines.stream().anyMatch(l -> ConntrackLine.SUMMARY.matcher(l.strip()).matches()
                && l.contains("entries"));
        if (entries > 0 && summary) {
            return MatchStrength.FULL;
        }
        return entries >= 1 ? MatchStrength.SOLID : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<ConntrackTable> parse(ArtifactSource source, Progress progress) {
        ConntrackParser parser = new ConntrackParser(source);
        List<Evidence<ConntrackEntry>> entries = parser.read().stream()
                .map(e -> new Evidence<>(e.fact().entry(), e.provenance())).toList();
        return new ParseResult<>(List.of(new ConntrackTable(entries)), entries.size(),
                parser.diagnostics().finishAllowingEmpty(entries.size(), "conntrack entries"));
    }
}
