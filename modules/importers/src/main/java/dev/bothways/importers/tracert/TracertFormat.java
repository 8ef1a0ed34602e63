package dev.bothways.importers.tracert;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.PastedCommand;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Progress;
import dev.bothways.model.Trace;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Windows {@code tracert}: {@code Tracing route to name [address]}, then one line per hop with
 * three probe columns ({@code <1 ms}, {@code 12 ms}, {@code *}) and the responder last
 * ({@code name [address]}, an address, {@code Request timed out.} or {@code address reports: ...}).
 */
public final class TracertFormat implements ArtifactFormat<Trace> {
    static final Pattern HEADER = Pattern.compile("^Tracing route to (\\S+)(?: \\[([^]]+)])?.*");
    static final Pattern HOP = Pattern.compile(
            "^\\s*(\\d{1,3})\\s+((?:(?:<?\\d+\\s+ms|\\*)\\s+){1,3})(.*)$");
    private static final Pattern REPORTS = Pattern.compile("^\\s*\\d{1,3}\\s+\\S+\\s+reports: .*");

    @Override
    public String id() {
        return "tracert";
    }

    @Override
    public String title() {
        return "tracert (Windows)";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        List<String> lines = head.lines().stream().filter(l -> !l.isBlank()).limit(20).toList();
        if (PastedCommand.find(head.commandLine(), TracertParser.TOOLS).isPresent()) {
            return MatchStrength.FULL;
        }
        int from = !lines.isEmpty() && PastedCommand.find(lines.getFirst(), TracertParser.TOOLS).isPresent() ? 1 : 0;
        if (lines.size() > from && HEADER.matcher(lines.get(from).strip()).matches()) {
            return MatchStrength.FULL;
        }
        long hops = lines.stream().filter(l -> HOP.matcher(l).matches() && l.contains(" ms ")
                || REPORTS.matcher(l).matches()).count();
        return hops >= 2 && hops * 2 >= lines.size() ? MatchStrength.SOLID : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<Trace> parse(ArtifactSource source, Progress progress) {
        return new TracertParser(source, progress).parse();
    }
}
