package dev.bothways.importers.iproute;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Evidence;
import dev.bothways.model.RouteDecision;
import dev.bothways.model.Progress;
import java.util.Optional;

/** {@code ip route get} as text, answers and refusals. */
public final class IpRouteGetFormat implements ArtifactFormat<Evidence<RouteDecision>> {
    @Override
    public String id() {
        return "ip-route-get";
    }

    @Override
    public String title() {
        return "ip route get";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        IpTextShape shape = IpTextShape.of(head);
        Optional<MatchStrength> known = shape.textVerdict(IpCommand::routeGet);
        if (known.isPresent()) {
            return known.get();
        }
        String first = shape.lines().getFirst();
        if (shape.lines().size() > 1 && shape.lines().get(1).strip().startsWith("cache")) {
            return IpTextShape.routeLike(first) || first.contains(" dev ") ? MatchStrength.SOLID : MatchStrength.NO_MATCH;
        }
        if (IpTextShape.routeGetLike(first)) {
            return MatchStrength.SOLID;
        }
        return first.startsWith("RTNETLINK answers:") ? MatchStrength.WEAK : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<Evidence<RouteDecision>> parse(ArtifactSource source, Progress progress) {
        return new IpRouteGetParser(source, progress).parse();
    }
}
