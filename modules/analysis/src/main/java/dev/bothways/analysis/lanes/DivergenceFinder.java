package dev.bothways.analysis.lanes;

import dev.bothways.model.Divergence;
import dev.bothways.model.LanePath;
import dev.bothways.model.NodeId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the lanes part: walking both in the client-to-server direction (the return lane read
 * backwards), the last node they share before they differ, and the first node after it that both
 * pass again. Empty when the lanes pass the same nodes.
 */
public final class DivergenceFinder {

    public Optional<Divergence> find(LanePath forward, LanePath back) {
        List<NodeId> f = forward.nodes();
        List<NodeId> r = new ArrayList<>(back.nodes());
        java.util.Collections.reverse(r);
        int common = 0;
        while (common < f.size() && common < r.size() && f.get(common).equals(r.get(common))) {
            common++;
        }
        if (common == f.size() && common == r.size()) {
            return Optional.empty();
        }
        int split = Math.max(common - 1, 0);
        for (int i = common; i < f.size(); i++) {
            int j = r.subList(common, r.size()).indexOf(f.get(i));
            if (j >= 0) {
                int rejoinInReturn = common + j;
                return Optional.of(new Divergence(f.get(split), Optional.of(f.get(i)),
                        f.subList(common, i), r.subList(common, rejoinInReturn)));
            }
        }
        return Optional.of(new Divergence(f.get(split), Optional.empty(),
                f.subList(common, f.size()), r.subList(common, r.size())));
    }
}
