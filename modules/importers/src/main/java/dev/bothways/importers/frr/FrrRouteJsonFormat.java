package dev.bothways.importers.frr;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Progress;
import dev.bothways.model.frr.RibTable;
import java.util.regex.Pattern;

/** FRR {@code show ip route json} / {@code show ipv6 route json}: prefix to the list of its routes. */
public final class FrrRouteJsonFormat implements ArtifactFormat<RibTable> {
    private static final Pattern COMMAND = Pattern.compile(
            "^(?:.*\\bvtysh\\b.*\\s-c\\s+[\"']?)?show\\s+ipv?6?\\s+route\\b.*\\bjson\\b.*");
    /** The opening of the document: a prefix key whose array holds an object with a "prefix" field. */
    private static final Pattern START = Pattern.compile(
            "^\\{\\s*\"([0-9A-Fa-f.:]+\\\\?/\\d{1,3})\"\\s*:\\s*\\[\\s*\\{\\s*\"prefix\"\\s*:.*", Pattern.DOTALL);
    private static final Pattern VRF_START = Pattern.compile(
            "^\\{\\s*\"[\\w.-]+\"\\s*:\\s*\\{\\s*\"[0-9A-Fa-f.:]+\\\\?/\\d{1,3}\"\\s*:\\s*\\[.*", Pattern.DOTALL);

    @Override
    public String id() {
        return "frr-route-json";
    }

    @Override
    public String title() {
        return "FRR show ip route json";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        String text = head.head().strip();
        if (START.matcher(text).matches()) {
            return MatchStrength.FULL;
        }
        boolean json = text.startsWith("{");
        if (json && COMMAND.matcher(head.commandLine()).matches()) {
            return MatchStrength.FULL;
        }
        if (VRF_START.matcher(text).matches() && text.contains("\"nexthops\"")) {
            return MatchStrength.SOLID;
        }
        return json && text.contains("\"nexthops\"") && text.contains("\"protocol\"") ? MatchStrength.WEAK
                : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<RibTable> parse(ArtifactSource source, Progress progress) {
        return FrrRouteJsonParts.parse(source, progress)
                .orElseGet(() -> new FrrRouteJsonParser(source, progress).parse());
    }
}
