package dev.bothways.analysis.layout;

import dev.bothways.model.NodeId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The computed positions of every node of the two lanes, and the width they span. */
public record LaneLayout(List<Placement> placements, double width) {
    public LaneLayout {
        placements = List.copyOf(placements);
    }

    public Map<NodeId, Placement> byNode() {
        return placements.stream().collect(Collectors.toMap(Placement::node, Function.identity()));
    }
}
