package dev.bothways.importers.mtr;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.PastedCommand;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Progress;
import dev.bothways.model.Trace;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code mtr --report} and {@code --report-wide}: a {@code HOST: ... Loss% Snt Last Avg Best Wrst StDev}
 * header, then one line per hop ({@code 1.|-- host 0.0% 5 0.9 7.7 0.8 35.0 15.3}); further
 * responders of a hop (load balancing) on indented lines under it.
 */
public final class MtrReportFormat implements ArtifactFormat<Trace> {
    static final Pattern HEADER = Pattern.compile("^HOST: .*\\bLoss%\\s+Snt\\b.*");
    static final Pattern HOP = Pattern.compile(
            "^\\s*(\\d{1,3})\\.(?:\\|--|\\s)\\s*(?:(AS\\S+)\\s+)?(\\S+)(?:\\s+\\(([^)]+)\\))?\\s+"
                    + "(\\d+(?:\\.\\d+)?)%?\\s+(\\d+)((?:\\s+\\d+\\.?\\d*){0,6})\\s*$");

    @Override
    public String id() {
        return "mtr-report";
    }

    @Override
    public String title() {
        return "mtr --report";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        List<String> lines = head.lines().stream().filter(l -> !l.isBlank()).limit(20).toList();
        Optional<String> command = PastedCommand.find(head.commandLine(), MtrReportParser.TOOLS)
                .or(() -> lines.isEmpty() ? Optional.empty() : PastedCommand.find(lines.getFirst(), MtrReportParser.TOOLS));
        boolean header = lines.stream().anyMatch(l -> HEADER.matcher(l).matches());
        if (command.isPresent()) {
            return command.get().contains("--json") || command.get().contains(" -j") ? MatchStrength.NO_MATCH
                    : MatchStrength.FULL;
        }
        if (header) {
            return MatchStrength.FULL;
        }
        long hops = lines.stream().filter(l -> HOP.matcher(l).matches()).count();
        return hops >= 1 && HOP.matcher(lines.getFirst()).matches() ? MatchStrength.SOLID : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<Trace> parse(ArtifactSource source, Progress progress) {
        return new MtrReportParser(source, progress).parse();
    }
}
