package dev.bothways.analysis.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.model.Lane;
import dev.bothways.model.LanePath;
import dev.bothways.model.NodeId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class TwoLaneLayoutTest {
    private static LanePath lane(Lane lane, String... names) {
        return new LanePath(lane, Arrays.stream(names).map(NodeId::new).toList());
    }

    private static Placement at(String node, double x, Band band) {
        return new Placement(new NodeId(node), x, band);
    }

    @Test
    void sharedNodesOnTheCentreLineDetoursAboveAndBelowSideBySide() {
        LaneLayout layout = new TwoLaneLayout().layout(
                lane(Lane.FORWARD, "client", "r1", "fw1", "r2", "server"),
                lane(Lane.RETURN, "server", "r2", "fw2", "r1", "client"));
        assertEquals(List.of(
                at("client", 0, Band.SHARED),
                at("r1", 1, Band.SHARED),
                at("fw1", 2, Band.FORWARD),
                at("fw2", 2, Band.RETURN),
                at("r2", 3, Band.SHARED),
                at("server", 4, Band.SHARED)), layout.placements());
        assertEquals(4, layout.width());
    }

    @Test
    void unevenDetoursShareOneSpan() {
        LaneLayout layout = new TwoLaneLayout().layout(
                lane(Lane.FORWARD, "client", "a", "b", "c", "server"),
                lane(Lane.RETURN, "server", "d", "client"));
        assertEquals(List.of(
                at("client", 0, Band.SHARED),
                at("a", 1, Band.FORWARD), at("b", 2, Band.FORWARD), at("c", 3, Band.FORWARD),
                at("d", 2, Band.RETURN),
                at("server", 4, Band.SHARED)), layout.placements());
    }
}
