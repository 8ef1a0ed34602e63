package dev.bothways.analysis.lanes;

import dev.bothways.model.LanePath;
import java.util.List;

/** A lane as walked hop by hop, with how each hop was decided and the multipath choices met on the way. */
public record WalkedLane(LanePath path, List<LaneStep> steps, List<EcmpBranch> ecmp) {
    public WalkedLane {
        steps = List.copyOf(steps);
        ecmp = List.copyOf(ecmp);
    }
}
