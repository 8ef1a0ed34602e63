package dev.bothways.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.analysis.CaseAnalysis;
import dev.bothways.analysis.CaseAnalyzer;
import dev.bothways.app.SampleCases;
import dev.bothways.casefile.CaseFolder;
import dev.bothways.model.Lane;
import dev.bothways.model.NodeId;
import dev.bothways.model.PacketKind;
import dev.bothways.model.Progress;
import dev.bothways.model.Visibility;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample case (narrative.md: SYN via fw1, SYN-ACK via fw2, dropped there) as the stepper's steps. */
class FlowStepsTest {
    private static CaseAnalysis analysis;
    private static FlowSteps flow;

    @BeforeAll
    static void analyse() throws Exception {
        analysis = new CaseAnalyzer().analyze(CaseFolder.standard().load(SampleCases.DEFAULT, Progress.NONE));
        flow = FlowSteps.of(analysis);
    }

    @Test
    void columnsRunFromClientToServerWithBothFirewallsBetweenTheRouters() {
        assertEquals(List.of("client", "r1", "fw1", "fw2", "r2", "server"), flow.points());
    }

    @Test
    void oneStepPerTrailStartingAtTimeZero() {
        assertEquals(analysis.evidence().matching().orElseThrow().trails().size(), flow.steps().size());
        assertEquals(0.0, flow.steps().get(0).seconds());
    }

    @Test
    void theFirstSynGoesThroughFw1AllTheWay() {
        PacketStep syn = flow.steps().get(0);
        assertEquals(PacketKind.SYN, syn.kind());
        assertEquals(List.of("client", "r1", "fw1", "r2", "server"), syn.seen());
        assertEquals(Optional.empty(), syn.stoppedAt());
        assertEquals(Optional.empty(), syn.diedAt());
        assertEquals(List.of("fw2"), syn.notSeen());
    }

    @Test
    void theSynAckIsLastSeenAtFw2AndProvablyNeverReachesR1() {
        PacketStep synAck = flow.steps().stream().filter(s -> s.kind() == PacketKind.SYN_ACK).findFirst().orElseThrow();
        assertEquals(Lane.RETURN, synAck.lane());
        assertEquals(List.of("server", "r2", "fw2"), synAck.seen());
        assertEquals(Optional.of(new PacketStep.Stop("r1", Visibility.NOT_SEEN)), synAck.stoppedAt());
        assertEquals(Optional.of(new NodeId("fw2")), synAck.diedAt());
        assertEquals(List.of(new NodeId("server"), new NodeId("r2"), new NodeId("fw2")), synAck.travelled());
        assertEquals(List.of("r1", "client", "fw1"), synAck.notSeen());
    }

    @Test
    void retransmissionsAreCountedPerKindAndLane() {
        List<Integer> synRepeats = flow.steps().stream().filter(s -> s.kind() == PacketKind.SYN).map(PacketStep::repeat).toList();
        assertEquals(List.of(0, 1, 2, 3), synRepeats);
    }
}
