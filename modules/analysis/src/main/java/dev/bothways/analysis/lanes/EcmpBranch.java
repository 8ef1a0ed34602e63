package dev.bothways.analysis.lanes;

import dev.bothways.model.Lane;
import dev.bothways.model.Provenance;
import java.util.List;
import java.util.Optional;

/**
 * A multipath route a lane met: the host, the next hops it could take, the one this flow took
 * when evidence shows it, and that evidence.
 */
public record EcmpBranch(Lane lane, String host, List<String> candidates, Optional<String> chosen, String how,
                         List<Provenance> evidence) {
    public EcmpBranch {
        candidates = List.copyOf(candidates);
        evidence = List.copyOf(evidence);
    }
}
