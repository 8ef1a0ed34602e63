package dev.bothways.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bothways.model.NodeId;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        SampleCaseWindow shown = SampleCaseWindow.show(stage);
        model = shown.model();
        window = shown.window();
    }

    @Test
    void sampleCaseShowsBothLanesAndTheDivergenceMark(FxRobot robot) {
        Set<javafx.scene.Node> forward = robot.lookup("." + Styles.LINK_FORWARD).queryAll();
        Set<javafx.scene.Node> back = robot.lookup("." + Styles.LINK_RETURN).queryAll();
        int forwardHops = model.analysisProperty().get().lanes().forward().nodes().size();
        int returnHops = model.analysisProperty().get().lanes().back().nodes().size();
        assertEquals(forwardHops - 1, forward.stream().filter(n -> n instanceof LinkPath).count());
        assertEquals(returnHops - 1, back.stream().filter(n -> n instanceof LinkPath).count());

        Label mark = robot.lookup("." + Styles.DIVERGENCE_MARK).queryAs(Label.class);
        String splitsAfter = model.analysisProperty().get().lanes().divergence().orElseThrow().splitsAfter().value();
        assertEquals("lanes part after " + splitsAfter, mark.getText());
        assertTrue(mark.isVisible());
    }

    @Test
    void forwardLaneIsAboveTheReturnLane(FxRobot robot) {
        LaneCanvas canvas = window.canvas();
        var analysis = model.analysisProperty().get();
        NodeId forwardOnly = analysis.lanes().divergence().orElseThrow().forwardOnly().get(0);
        NodeId returnOnly = analysis.lanes().divergence().orElseThrow().returnOnly().get(0);
        double up = canvas.glyph(forwardOnly).orElseThrow().getLayoutY();
        double down = canvas.glyph(returnOnly).orElseThrow().getLayoutY();
        assertTrue(up < down, "forward-only node at y " + up + " is above return-only node at y " + down);
    }

    @Test
    void clickingTheBlamedFirewallShowsTheLogLinesOfItsDrop(FxRobot robot) {
        NodeId fw2 = new NodeId("fw2");
        robot.clickOn(window.canvas().glyph(fw2).orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model.selectionProperty().get() instanceof Selection.OfNode n && n.node().id().equals(fw2));
        EvidenceExcerpt first = model.excerptsProperty().get().get(0);
        assertEquals("fw2/kernel-log.txt", first.provenance().artifact().value());
        assertTrue(first.lines().get(0).contains("INVALID") && first.lines().get(0).contains("SPT=8080 DPT=40001"),
                first.lines().toString());
    }

    @Test
    void aCaseOpensOnTheVerdictsEvidence(FxRobot robot) {
        assertTrue(model.selectionProperty().get() instanceof Selection.OfFinding f && f.finding().at().equals(
                java.util.Optional.of("fw2")), String.valueOf(model.selectionProperty().get()));
        assertEquals("fw2/kernel-log.txt", model.excerptsProperty().get().get(0).provenance().artifact().value());
    }

    @Test
    void theVerdictAndWhereThePacketDiedAreOnScreen(FxRobot robot) {
        VerdictBanner banner = robot.lookup("." + Styles.VERDICT_BANNER).queryAs(VerdictBanner.class);
        assertEquals("asymmetric-stateful-drop at fw2  95%", banner.text());
        Label death = robot.lookup("." + Styles.DEATH_MARK).queryAll().stream()
                .filter(n -> n instanceof Label).map(n -> (Label) n).findFirst().orElseThrow();
        assertEquals("✕ SYN-ACK died here", death.getText());
        assertEquals(2, robot.lookup("." + Styles.STATE_BOUNDARY).queryAll().stream()
                .filter(n -> n instanceof NodeGlyph).count());
    }
}
