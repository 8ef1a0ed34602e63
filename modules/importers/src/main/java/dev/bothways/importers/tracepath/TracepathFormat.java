package dev.bothways.importers.tracepath;

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
 * {@code tracepath} / {@code tracepath6} (iputils): one line per probe, {@code N:} hop numbers
 * that may repeat or come back late, {@code no reply}, {@code asymm N} when the reply came back
 * over a different number of hops, {@code pmtu N} and {@code reached}.
 */
public final class TracepathFormat implements ArtifactFormat<Trace> {
    private static final Pattern LOCALHOST = Pattern.compile("^\\s*1\\?: \\[LOCALHOST]\\s+pmtu \\d+.*");
    static final Pattern PROBE = Pattern.compile("^\\s*(\\d{1,3})\\??:\\s+(.*)$");

    @Override
    public String id() {
        return "tracepath";
    }

    @Override
    public String title() {
        return "tracepath";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        List<String> lines = head.lines().stream().filter(l -> !l.isBlank()).limit(20).toList();
        if (PastedCommand.find(head.commandLine(), TracepathParser.TOOLS).isPresent()) {
            return MatchStrength.FULL;
        }
        if (!lines.isEmpty() && PastedCommand.find(lines.getFirst(), TracepathParser.TOOLS).isPresent()) {
            return MatchStrength.FULL;
        }
        if (!lines.isEmpty() && LOCALHOST.matcher(lines.getFirst()).matches()) {
            return MatchStrength.FULL;
        }
        long probes = lines.stream().filter(l -> PROBE.matcher(l).matches()
                && (l.contains("no reply") || l.matches(".*\\d+\\.\\d+ms.*"))).count();
        return probes >= 2 && probes * 2 >= lines.size() ? MatchStrength.SOLID : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<Trace> parse(ArtifactSource source, Progress progress) {
        return new TracepathParser(source, progress).parse();
    }
}
