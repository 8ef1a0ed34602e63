package dev.bothways.importers.iproute;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Evidence;
import dev.bothways.model.Neighbour;
import dev.bothways.model.Progress;
import java.util.Optional;
import java.util.Set;

/** {@code ip neigh} (ARP and NDP tables) as text. */
public final class IpNeighFormat implements ArtifactFormat<Evidence<Neighbour>> {
    static final Set<String> STATES = Set.of("REACHABLE", "STALE", "DELAY", "PROBE", "FAILED", "INCOMPLETE",
            "PERMANENT", "NOARP", "NONE");

    /** True when the line's last word is a neighbour state. */
    static boolean endsInState(String line) {
        String s = line.strip();
        return STATES.contains(s.substring(s.lastIndexOf(' ') + 1));
    }
    @Override
    public String id() {
        return "ip-neigh";
    }

    @Override
    public String title() {
        return "ip neigh";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        IpTextShape shape = IpTextShape.of(head);
        Optional<MatchStrength> known = shape.textVerdict(c -> c.object() == IpCommand.IpObject.NEIGHBOUR);
        if (known.isPresent()) {
            return known.get();
        }
        long neighbours = shape.lines().stream().limit(10)
                .filter(l -> l.contains(" dev ") && (l.contains(" lladdr ") || endsInState(l))).count();
        return neighbours == Math.min(10, shape.lines().size()) ? MatchStrength.SOLID : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<Evidence<Neighbour>> parse(ArtifactSource source, Progress progress) {
        return new IpNeighParser(source, progress).parse();
    }
}
