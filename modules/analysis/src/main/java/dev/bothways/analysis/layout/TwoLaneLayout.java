package dev.bothways.analysis.layout;

import dev.bothways.model.LanePath;
import dev.bothways.model.NodeId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lays out the two lanes as the design asks: client on the left, server on the right, nodes both
 * lanes pass on the centre line, forward-only nodes above, return-only nodes below. Between two
 * consecutive shared nodes, each lane's own nodes are spread evenly over the same span, so the
 * parallel detours line up.
 */
public final class TwoLaneLayout {

    public LaneLayout layout(LanePath forward, LanePath back) {
        List<NodeId> f = forward.nodes();
        List<NodeId> r = new ArrayList<>(back.nodes());
        Collections.reverse(r);
        Set<NodeId> shared = new HashSet<>(f);
        shared.retainAll(new HashSet<>(r));
        List<NodeId> anchors = f.stream().filter(shared::contains).distinct().toList();

        List<Placement> placements = new ArrayList<>();
        Set<NodeId> placed = new LinkedHashSet<>();
        double x = 0;
        for (int i = 0; i < anchors.size(); i++) {
            NodeId anchor = anchors.get(i);
            placements.add(new Placement(anchor, x, Band.SHARED));
            placed.add(anchor);
            if (i + 1 == anchors.size()) {
                break;
            }
            NodeId next = anchors.get(i + 1);
            List<NodeId> upper = between(f, anchor, next, shared, placed);
            List<NodeId> lower = between(r, anchor, next, shared, placed);
            double span = Math.max(upper.size(), lower.size()) + 1;
            spread(upper, x, span, Band.FORWARD, placements, placed);
            spread(lower, x, span, Band.RETURN, placements, placed);
            x += span;
        }
        return new LaneLayout(placements, x);
    }

    private static List<NodeId> between(List<NodeId> lane, NodeId from, NodeId to, Set<NodeId> shared,
                                        Set<NodeId> placed) {
        int start = lane.indexOf(from);
        int end = lane.indexOf(to);
        if (start < 0 || end < 0 || end <= start) {
            return List.of();
        }
        return lane.subList(start + 1, end).stream()
                .filter(n -> !shared.contains(n) && !placed.contains(n)).distinct().toList();
    }

    private static void spread(List<NodeId> nodes, double from, double span, Band band,
                               List<Placement> placements, Set<NodeId> placed) {
        double step = span / (nodes.size() + 1);
        for (int i = 0; i < nodes.size(); i++) {
            placements.add(new Placement(nodes.get(i), from + step * (i + 1), band));
            placed.add(nodes.get(i));
        }
    }
}
