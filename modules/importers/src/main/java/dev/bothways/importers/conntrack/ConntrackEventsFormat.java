package dev.bothways.importers.conntrack;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Evidence;
import dev.bothways.model.Progress;
import dev.bothways.model.netfilter.ConntrackEvent;
import dev.bothways.model.netfilter.ConntrackEvents;
import java.util.List;
import java.util.regex.Pattern;

/** {@code conntrack -E}: {@code [NEW]}, {@code [UPDATE]}, {@code [DESTROY]} lines, with {@code -o timestamp} times. */
public final class ConntrackEventsFormat implements ArtifactFormat<ConntrackEvents> {
    private static final Pattern COMMAND = ConntrackCommand.pattern("conntrack\\s+(?:.*\\s)?(?:-E|--event)\\b.*");

    @Override
    public String id() {
        return "conntrack-events";
    }

    @Override
    public String title() {
        return "conntrack -E";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        if (ConntrackCommand.named(head, COMMAND)) {
            return MatchStrength.FULL;
        }
        long marked = head.lines().stream().limit(30)
                .filter(l -> ConntrackLine.EVENT_MARK.matcher(l).matches() && l.contains("src=")).count();
        return marked > 0 ? MatchStrength.FULL : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<ConntrackEvents> parse(ArtifactSource source, Progress progress) {
        ConntrackParser parser = new ConntrackParser(source);
        List<Evidence<ConntrackEvent>> events = parser.read();
        return new ParseResult<>(List.of(new ConntrackEvents(events)), events.size(),
                parser.diagnostics().finishAllowingEmpty(events.size(), "conntrack events"));
    }
}
