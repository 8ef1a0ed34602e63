package dev.bothways.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.analysis.CaseAnalysis;
import dev.bothways.analysis.CaseAnalyzer;
import dev.bothways.app.SampleCases;
import dev.bothways.casefile.CaseFolder;
import dev.bothways.model.NodeId;
import dev.bothways.model.Progress;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Teaching mode's words on the lab cases whose packets die in other ways than the default case's. */
class StepNarrationTest {

    private static CaseAnalysis analyse(String name) throws Exception {
        return new CaseAnalyzer().analyze(CaseFolder.standard().load(SampleCases.of(name), Progress.NONE));
    }

    @Test
    void aSynDroppedByStrictRpFilterDiesAtTheServerThatCapturedIt() throws Exception {
        CaseAnalysis analysis = analyse("rpfilter-strict");
        FlowSteps flow = FlowSteps.of(analysis);
        PacketStep syn = flow.steps().get(0);
        assertEquals(Optional.empty(), syn.stoppedAt());
        assertEquals(Optional.of(new NodeId("server")), syn.diedAt());
        assertEquals("Step 1 of " + flow.steps().size() + ": the client opens the connection with a SYN."
                + " It passes r1, rb and reaches the server, but the server filters by reverse path (strict rp_filter)"
                + " and drops the SYN, which arrives on an interface its reply would not leave by: the server never answers.",
                new StepNarration(analysis).explain(syn, flow.steps().size()));
    }

    @Test
    void aPacketThatWentAnotherWayThanTheLaneSaysSoAndTheMarkerSkipsTheNodeThatMissedIt() throws Exception {
        CaseAnalysis analysis = analyse("conntrack-reroute");
        FlowSteps flow = FlowSteps.of(analysis);
        PacketStep syn = flow.steps().get(0);
        assertEquals(List.of(new NodeId("client"), new NodeId("r1"), new NodeId("r2"), new NodeId("server")), syn.travelled());
        assertEquals("Step 1 of " + flow.steps().size() + ": the client opens the connection with a SYN."
                + " It passes r1, r2 and reaches the server. It did not follow the lane the routes give now:"
                + " fw1 saw it too; fw2 did not.", new StepNarration(analysis).explain(syn, flow.steps().size()));
    }

    @Test
    void aNatGatewayWithoutTheTranslationIsNamedAsSuch() throws Exception {
        CaseAnalysis analysis = analyse("nat-return-miss");
        FlowSteps flow = FlowSteps.of(analysis);
        PacketStep synAck = flow.steps().get(1);
        assertEquals("Step 2 of " + flow.steps().size() + ": the server answers with a SYN-ACK. isp sends it to edge2"
                + " (the other NAT gateway). edge2 never saw this connection's SYN, so it holds no address translation"
                + " for it and drops the SYN-ACK as INVALID: the client never gets it.",
                new StepNarration(analysis).explain(synAck, flow.steps().size()));
    }
}
