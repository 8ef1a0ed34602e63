package dev.bothways.analysis.lanes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.model.Divergence;
import dev.bothways.model.Lane;
import dev.bothways.model.LanePath;
import dev.bothways.model.NodeId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DivergenceFinderTest {
    private static List<NodeId> ids(String... names) {
        return Arrays.stream(names).map(NodeId::new).toList();
    }

    private static Optional<Divergence> find(List<NodeId> forward, List<NodeId> back) {
        return new DivergenceFinder().find(new LanePath(Lane.FORWARD, forward), new LanePath(Lane.RETURN, back));
    }

    @Test
    void returnLaneThroughTheOtherFirewallPartsAfterTheRouterAndRejoinsBeyond() {
        Optional<Divergence> d = find(ids("client", "r1", "fw1", "r2", "server"),
                ids("server", "r2", "fw2", "r1", "client"));
        assertEquals(Optional.of(new Divergence(new NodeId("r1"), Optional.of(new NodeId("r2")),
                ids("fw1"), ids("fw2"))), d);
    }

    @Test
    void symmetricLanesDoNotDiverge() {
        assertEquals(Optional.empty(), find(ids("client", "r1", "server"), ids("server", "r1", "client")));
    }

    @Test
    void lanesThatNeverShareAMiddleNodeMeetOnlyAtTheEnds() {
        Optional<Divergence> d = find(ids("client", "a", "b", "server"), ids("server", "c", "client"));
        assertEquals(Optional.of(new Divergence(new NodeId("client"), Optional.of(new NodeId("server")),
                ids("a", "b"), ids("c"))), d);
    }
}
