package dev.bothways.importers.iproute;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Evidence;
import dev.bothways.model.Progress;
import dev.bothways.model.Route;
import java.util.Optional;

/**
 * {@code ip route}, {@code ip -6 route}, {@code ip route show table all} as text. Streams the input,
 * so a full table of a million routes is read in bounded time with progress and cancel.
 */
public final class IpRouteFormat implements ArtifactFormat<Evidence<Route>> {
    @Override
    public String id() {
        return "ip-route";
    }

    @Override
    public String title() {
        return "ip route";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        IpTextShape shape = IpTextShape.of(head);
        Optional<MatchStrength> known = shape.textVerdict(c -> c.object() == IpCommand.IpObject.ROUTE && !c.routeGet());
        if (known.isPresent()) {
            return known.get();
        }
        if (shape.lines().stream().anyMatch(l -> l.strip().startsWith("cache"))
                || IpTextShape.routeGetLike(shape.lines().getFirst())
                || shape.anyLineHas(" lladdr ") || shape.lines().stream().anyMatch(IpNeighFormat::endsInState)) {
            return MatchStrength.NO_MATCH;
        }
        long routes = shape.lines().stream().filter(l -> !Character.isWhitespace(l.charAt(0)))
                .limit(5).filter(IpTextShape::routeLike).count();
        long firsts = Math.min(5, shape.lines().stream().filter(l -> !Character.isWhitespace(l.charAt(0))).count());
        if (routes == firsts && routes >= 2) {
            return MatchStrength.SOLID;
        }
        return routes == firsts && routes == 1 ? MatchStrength.WEAK : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<Evidence<Route>> parse(ArtifactSource source, Progress progress) {
        return new IpRouteParser(source, progress).parse();
    }
}
