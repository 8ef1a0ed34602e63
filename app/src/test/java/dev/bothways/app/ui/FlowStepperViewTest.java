package dev.bothways.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bothways.model.NodeId;
import dev.bothways.model.PacketKind;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class FlowStepperViewTest {
    private MainViewModel model;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        SampleCaseWindow shown = SampleCaseWindow.show(stage);
        model = shown.model();
        window = shown.window();
    }

    @Test
    void theLadderHasAColumnPerCapturingHostAndARowPerTrail(FxRobot robot) {
        var analysis = model.analysisProperty().get();
        List<String> capturing = analysis.evidence().captures().stream().map(c -> c.artifact().host()).distinct().sorted().toList();
        LadderCanvas ladder = window.stepper().ladder();
        assertEquals(capturing, ladder.columns().stream().sorted().toList());
        int trails = analysis.evidence().matching().orElseThrow().trails().size();
        assertEquals(trails, ladder.rowCount());
        for (int i = 0; i < trails; i++) {
            window.stepper().ladderPane().reveal(i);
            WaitForAsyncUtils.waitForFxEvents();
            Rectangle2D row = ladder.rowBounds(i).orElseThrow();
            assertEquals(java.util.Optional.of(i), ladder.hitAt(row.getMinX() + 10, row.getMinY() + row.getHeight() / 2)
                    .map(LadderCanvas.Hit::index), "row " + i + " is drawn and hit");
        }
        assertEquals(trails, window.stepper().packets().getItems().size());
    }

    @Test
    void steppingToTheSynAckThatDiedMovesTheMarkerToFw2AndExplainsTheDrop(FxRobot robot) {
        robot.clickOn(".step-position");
        robot.type(KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.RIGHT);
        robot.type(KeyCode.LEFT);
        robot.clickOn(robot.lookup(".check-box").queryAs(javafx.scene.control.CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        PacketStep current = window.stepper().viewModel().currentStepProperty().get().orElseThrow();
        assertEquals(PacketKind.SYN_ACK, current.kind());
        assertEquals(1, window.stepper().packets().getSelectionModel().getSelectedIndex());

        LaneCanvas lanes = window.canvas();
        assertEquals(java.util.Optional.of(new NodeId("fw2")), lanes.markedNode());
        waitUntil(() -> lanes.marker().showsDeath());
        Point2D fw2 = centreOf(lanes.glyph(new NodeId("fw2")).orElseThrow());
        assertTrue(lanes.marker().position().distance(fw2) < NodeGlyph.SIZE,
                "marker at " + lanes.marker().position() + ", fw2 at " + fw2);

        Label teaching = robot.lookup("." + Styles.TEACHING).queryAs(Label.class);
        assertTrue(teaching.isVisible());
        assertTrue(teaching.getText().contains("fw2") && teaching.getText().contains("INVALID"), teaching.getText());
    }

    @Test
    void clickingALadderRowSelectsThatPacketInTheList(FxRobot robot) {
        LadderCanvas ladder = window.stepper().ladder();
        Rectangle2D row = ladder.rowBounds(2).orElseThrow();
        Point2D onScreen = window.stepper().ladderPane().getContent()
                .localToScreen(row.getMinX() + 40, (row.getMinY() + row.getMaxY()) / 2);
        robot.clickOn(onScreen);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, window.stepper().viewModel().currentProperty().get());
        assertEquals(2, window.stepper().packets().getSelectionModel().getSelectedIndex());
    }

    @Test
    void theBottomAreaOffersPacketsThePacketDetailFindingsAndTheCaseStory(FxRobot robot) {
        TabPane tabs = robot.lookup(".bottom-tabs").queryAs(TabPane.class);
        assertEquals(List.of("Packets", "Packet detail", "Findings", "Story"),
                tabs.getTabs().stream().map(t -> t.getText()).toList());
    }

    @Test
    void presentationModeDrawsTheLadderLarger(FxRobot robot) {
        LadderCanvas ladder = window.stepper().ladder();
        double rowBefore = ladder.rowBounds(0).orElseThrow().getHeight();
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rowBefore * 1.35, ladder.rowBounds(0).orElseThrow().getHeight(), 0.01);
        assertTrue(robot.lookup("." + Styles.PRESENTATION).tryQuery().isPresent());
    }

    private static Point2D centreOf(NodeGlyph glyph) {
        return new Point2D(glyph.getLayoutX() + glyph.getWidth() / 2, glyph.getLayoutY() + NodeGlyph.SIZE / 2);
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 5 s", e);
        }
    }
}
