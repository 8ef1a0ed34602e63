package dev.bothways.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bothways.analysis.CaseAnalysis;
import dev.bothways.analysis.CaseAnalyzer;
import dev.bothways.app.SampleCases;
import dev.bothways.casefile.CaseFolder;
import dev.bothways.model.Progress;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The stepper's state on the sample case's packets, without a window. */
class FlowStepperViewModelTest {
    private static CaseAnalysis analysis;
    private FlowStepperViewModel stepper;
    private int packets;

    @BeforeAll
    static void analyse() throws Exception {
        analysis = new CaseAnalyzer().analyze(CaseFolder.standard().load(SampleCases.DEFAULT, Progress.NONE));
    }

    @BeforeEach
    void load() {
        stepper = new FlowStepperViewModel();
        stepper.load(analysis);
        packets = analysis.evidence().matching().orElseThrow().trails().size();
    }

    @Test
    void startsBeforeTheFirstPacketAndStepsForwardAndBack() {
        assertEquals(-1, stepper.currentProperty().get());
        assertEquals(Optional.empty(), stepper.currentStepProperty().get());
        stepper.step();
        stepper.step();
        assertEquals(1, stepper.currentProperty().get());
        stepper.back();
        assertEquals(0, stepper.currentProperty().get());
        assertEquals(Optional.of(stepper.stepsProperty().get().steps().get(0)), stepper.currentStepProperty().get());
    }

    @Test
    void clampsAtBothEnds() {
        stepper.back();
        assertEquals(0, stepper.currentProperty().get());
        for (int i = 0; i < packets + 3; i++) {
            stepper.step();
        }
        assertEquals(packets - 1, stepper.currentProperty().get());
        stepper.select(-7);
        assertEquals(0, stepper.currentProperty().get());
    }

    @Test
    void playAdvancesOneStepPerTickAndStopsAfterTheLast() {
        stepper.tick();
        assertEquals(-1, stepper.currentProperty().get(), "a tick while paused moves nothing");
        stepper.play();
        assertTrue(stepper.playingProperty().get());
        stepper.tick();
        stepper.tick();
        assertEquals(1, stepper.currentProperty().get());
        for (int i = 0; i < packets; i++) {
            stepper.tick();
        }
        assertEquals(packets - 1, stepper.currentProperty().get());
        assertFalse(stepper.playingProperty().get());
        stepper.play();
        stepper.tick();
        assertEquals(0, stepper.currentProperty().get(), "playing from the end starts over");
    }

    @Test
    void fasterSpeedsShortenEachStep() {
        stepper.speedProperty().set(4.0);
        assertEquals(FlowStepperViewModel.SECONDS_PER_STEP / 4, stepper.secondsPerStep());
        stepper.speedProperty().set(0.5);
        assertEquals(FlowStepperViewModel.SECONDS_PER_STEP * 2, stepper.secondsPerStep());
    }

    @Test
    void theSynAckThatDiedIsExplainedByTheFirewallThatDroppedIt() {
        stepper.select(1);
        PacketStep step = stepper.currentStepProperty().get().orElseThrow();
        assertEquals("SYN-ACK", step.label());
        assertEquals("Step 2 of " + packets + ": the server answers with a SYN-ACK. r2 sends it to fw2 (the other firewall)."
                + " fw2 never saw this connection's SYN, so it drops the SYN-ACK as INVALID: the client never gets it.",
                stepper.explanationProperty().get());
    }
}
