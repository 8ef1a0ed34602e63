package dev.bothways.importers.frr;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Progress;
import dev.bothways.model.frr.RibTable;
import java.util.regex.Pattern;

/** FRR {@code show ip route} / {@code show ipv6 route} text, from vtysh or a pasted terminal. */
public final class FrrRouteTextFormat implements ArtifactFormat<RibTable> {
    private static final Pattern COMMAND = Pattern.compile(
            "^(?:.*\\bvtysh\\b.*\\s-c\\s+[\"']?|do\\s+)?show\\s+ipv?6?\\s+route\\b(?!.*\\bjson\\b).*");
    private static final Pattern PROMPT_COMMAND = Pattern.compile("^\\S+[>#$]\\s*(show\\s+ipv?6?\\s+route\\b.*)$");
    private static final Pattern CODES = Pattern.compile("^Codes: K - kernel route, C - connected.*");

    @Override
    public String id() {
        return "frr-route";
    }

    @Override
    public String title() {
        return "FRR show ip route";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        String command = head.commandLine();
        var prompt = PROMPT_COMMAND.matcher(head.firstLine());
        if (command.isEmpty() && prompt.matches()) {
            command = prompt.group(1);
        }
        if (COMMAND.matcher(command).matches()) {
            return MatchStrength.FULL;
        }
        if (head.lines().stream().limit(10).anyMatch(l -> CODES.matcher(l).matches())) {
            return MatchStrength.FULL;
        }
        long routes = head.lines().stream().limit(40)
                .filter(l -> FrrRouteTextParser.ROUTE.matcher(l).matches()
                        && (l.contains(" via ") || l.contains("directly connected") || l.contains("unreachable")))
                .count();
        return routes >= 2 ? MatchStrength.SOLID : routes == 1 ? MatchStrength.WEAK : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<RibTable> parse(ArtifactSource source, Progress progress) {
        return new FrrRouteTextParser(source, progress).parse();
    }
}
