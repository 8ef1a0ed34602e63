package dev.bothways.casefile;

import dev.bothways.model.FiveTuple;
import dev.bothways.analysis.boundaries.BoundaryKind;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a case folder's optional {@code case.json} says: the roles, the flow of interest, and the
 * nodes the user marks as keeping state ({@code "boundaries": {"fw1": "firewall", "lb1": ["lb", "nat"]}}).
 */
public record CaseManifest(Optional<String> client, Optional<String> server, Optional<FiveTuple> flow,
                           Map<String, Set<BoundaryKind>> boundaries) {
    public CaseManifest {
        boundaries = Map.copyOf(boundaries);
    }

    public static CaseManifest empty() {
        return new CaseManifest(Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }
}
