package dev.bothways.analysis.lanes;

import dev.bothways.model.Divergence;
import dev.bothways.model.LanePath;
import dev.bothways.model.Topology;
import java.util.Optional;

/** The topology with the forward and return lanes through it, and where they part. */
public record Lanes(Topology topology, LanePath forward, LanePath back, Optional<Divergence> divergence) {
}
