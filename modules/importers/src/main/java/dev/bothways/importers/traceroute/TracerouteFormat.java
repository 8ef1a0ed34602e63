package dev.bothways.importers.traceroute;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.PastedCommand;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Progress;
import dev.bothways.model.Trace;
import java.util.regex.Pattern;

/**
 * {@code traceroute} and {@code traceroute6} as printed by Linux, FreeBSD and macOS: one line a
 * hop, more responders of a hop on the same line or on continuation lines, {@code *} for a lost
 * probe, {@code !H}/{@code !X}/{@code !<n>} annotations, {@code [ASn]} tags and the {@code '-N'}
 * return hop counts of {@code --back}.
 */
public final class TracerouteFormat implements ArtifactFormat<Trace> {
    private static final Pattern HEADER = Pattern.compile("^traceroute6?(?: to|: Warning:)\\s.*");
    private static final Pattern HOP_LINE = Pattern.compile(
            "^\\s*\\d{1,3}\\s+(\\*|\\[?[\\w.:-]+).*");
    private static final Pattern RTT = Pattern.compile("\\d+(?:\\.\\d+)?\\s+ms");

    @Override
    public String id() {
        return "traceroute";
    }

    @Override
    public String title() {
        return "traceroute";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        String first = head.firstLine();
        if (HEADER.matcher(first).matches()) {
            return MatchStrength.FULL;
        }
        if (PastedCommand.find(head.commandLine(), TracerouteParser.TOOLS).isPresent()
                || PastedCommand.find(first, TracerouteParser.TOOLS).isPresent()) {
            return MatchStrength.SOLID;
        }
        long hopLines = head.lines().stream().limit(20)
                .filter(l -> HOP_LINE.matcher(l).matches() && (RTT.matcher(l).find() || l.contains("*")))
                .count();
        return hopLines >= 2 && HOP_LINE.matcher(first).matches() ? MatchStrength.WEAK : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<Trace> parse(ArtifactSource source, Progress progress) {
        return new TracerouteParser(source, progress).parse();
    }
}
