package dev.bothways.app.ui;

import java.util.Locale;
import java.util.stream.Collectors;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.StringConverter;

/**
 * The flow stepper: the ladder diagram and the packet list side by side, the step / back / play
 * controls and speed above them, and, in teaching mode, the current step in plain words. The
 * current packet also travels the lane canvas as a marker.
 */
public final class FlowStepperView extends BorderPane {
    private final FlowStepperViewModel stepper;
    private final LadderCanvas ladder = new LadderCanvas();
    private final TableView<PacketStep> packets = new TableView<>();
    private final LadderPane ladderPane = new LadderPane(ladder);
    private final Timeline player = new Timeline();
    private Runnable onOpenPacket = () -> { };
    private boolean syncing;

    public FlowStepperView(MainViewModel model, FlowStepperViewModel stepper, LaneCanvas lanes) {
        this.stepper = stepper;
        getStyleClass().add(Styles.FLOW_STEPPER);
        model.analysisProperty().addListener((obs, old, now) -> {
            if (now != null) {
                stepper.load(now);
            }
        });
        stepper.stepsProperty().addListener((obs, old, now) -> {
            ladder.show(now, now.steps().stream().flatMap(s -> s.diedAt().stream()).map(n -> n.value()).distinct().toList());
            packets.getItems().setAll(now.steps());
        });
        stepper.currentProperty().addListener((obs, old, now) -> showCurrent(now.intValue()));
        stepper.currentStepProperty().addListener((obs, old, now) -> {
            lanes.showPacket(now, stepper.playingProperty().get() ? stepper.secondsPerStep() * 0.6 : 0.45);
            now.ifPresent(step -> model.selectionProperty().set(new Selection.OfPacket(step)));
        });
        ladder.setOnPick(stepper::select);
        ladder.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && stepper.currentProperty().get() >= 0) {
                onOpenPacket.run();
            }
        });
        packets.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (!syncing && now.intValue() >= 0) {
                stepper.select(now.intValue());
            }
        });
        buildTable();
        ladderPane.viewportBoundsProperty().addListener((obs, old, now) ->
                javafx.application.Platform.runLater(this::revealCurrent));
        SplitPane split = new SplitPane(ladderPane, packets);
        split.setDividerPositions(0.58);
        setTop(controls());
        setCenter(split);
        setBottom(teachingLine());
        player.setCycleCount(Timeline.INDEFINITE);
        stepper.playingProperty().addListener((obs, was, now) -> restartPlayer());
        stepper.speedProperty().addListener((obs, was, now) -> restartPlayer());
        addEventFilter(KeyEvent.KEY_PRESSED, this::handleKey);
    }

    /** ← back, → step, space play or pause; true when the key was one of these. */
    boolean handleKey(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT -> stepper.back();
            case RIGHT -> stepper.step();
            case SPACE -> stepper.togglePlay();
            default -> {
                return false;
            }
        }
        e.consume();
        return true;
    }

    private void restartPlayer() {
        player.stop();
        player.getKeyFrames().setAll(new KeyFrame(Duration.seconds(stepper.secondsPerStep()), e -> stepper.tick()));
        if (stepper.playingProperty().get()) {
            if (stepper.currentProperty().get() < 0) {
                stepper.tick();
            }
            player.play();
        }
    }

    private void showCurrent(int index) {
        ladder.setCurrent(index);
        syncing = true;
        try {
            if (index < 0) {
                packets.getSelectionModel().clearSelection();
            } else {
                packets.getSelectionModel().select(index);
                packets.scrollTo(Math.max(0, index - 1));
            }
        } finally {
            syncing = false;
        }
        revealCurrent();
    }

    /** Presentation mode: larger ladder, the current packet kept in view. */
    public void setLarge(boolean large) {
        ladder.setLarge(large);
        javafx.application.Platform.runLater(this::revealCurrent);
    }

    private void revealCurrent() {
        int index = stepper.currentProperty().get();
        ladderPane.reveal(index);
        if (index >= 0) {
            packets.scrollTo(Math.max(0, index - 1));
        }
    }

    private HBox controls() {
        Button back = button(icon(true, true), "Back one packet (←)", stepper::back);
        Button play = button(icon(false, false), "Play (space)", stepper::play);
        Button pause = button(pauseIcon(), "Pause (space)", stepper::pause);
        Button step = button(icon(false, true), "Next packet (→)", stepper::step);
        play.disableProperty().bind(stepper.playingProperty());
        pause.disableProperty().bind(stepper.playingProperty().not());
        ChoiceBox<Double> speed = new ChoiceBox<>();
        speed.getItems().setAll(FlowStepperViewModel.SPEEDS);
        speed.setConverter(new StringConverter<>() {
            @Override
            public String toString(Double d) {
                return d == null ? "" : (d == Math.rint(d) ? String.valueOf(d.intValue()) : String.valueOf(d)) + "×";
            }

            @Override
            public Double fromString(String s) {
                return Double.valueOf(s.replace("×", ""));
            }
        });
        speed.setValue(stepper.speedProperty().get());
        speed.valueProperty().addListener((obs, old, now) -> stepper.speedProperty().set(now));
        speed.setTooltip(new Tooltip("Playing speed"));
        CheckBox teaching = new CheckBox("Explain each step");
        teaching.selectedProperty().bindBidirectional(stepper.teachingProperty());
        Label position = new Label();
        position.getStyleClass().add("step-position");
        Runnable where = () -> position.setText(stepper.currentStepProperty().get()
                .map(s -> "packet " + (s.index() + 1) + " of " + stepper.stepsProperty().get().steps().size() + ": "
                        + s.label() + ", " + s.lane().label() + " lane")
                .orElse(stepper.stepsProperty().get().steps().size() + " packets"));
        stepper.currentStepProperty().addListener((obs, old, now) -> where.run());
        stepper.stepsProperty().addListener((obs, old, now) -> where.run());
        where.run();
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox box = new HBox(6, back, play, pause, step, new Label("speed"), speed, position, gap, teaching);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("stepper-controls");
        return box;
    }

    /** A triangle pointing left or right, with a bar at its tip for the step buttons (the fonts lack ⏮ and ⏭). */
    private static javafx.scene.Node icon(boolean left, boolean bar) {
        javafx.scene.shape.Polygon triangle = left ? new javafx.scene.shape.Polygon(10, 0, 10, 12, 0, 6)
                : new javafx.scene.shape.Polygon(0, 0, 0, 12, 10, 6);
        triangle.getStyleClass().add("stepper-icon");
        if (!bar) {
            return triangle;
        }
        javafx.scene.shape.Rectangle stop = new javafx.scene.shape.Rectangle(3, 12);
        stop.getStyleClass().add("stepper-icon");
        return left ? new HBox(1, stop, triangle) : new HBox(1, triangle, stop);
    }

    private static javafx.scene.Node pauseIcon() {
        javafx.scene.shape.Rectangle a = new javafx.scene.shape.Rectangle(4, 12);
        javafx.scene.shape.Rectangle b = new javafx.scene.shape.Rectangle(4, 12);
        a.getStyleClass().add("stepper-icon");
        b.getStyleClass().add("stepper-icon");
        return new HBox(3, a, b);
    }

    private static Button button(javafx.scene.Node glyph, String tip, Runnable action) {
        Button b = new Button(null, glyph);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    private VBox teachingLine() {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(stepper.explanationProperty());
        text.getStyleClass().add(Styles.TEACHING);
        VBox box = new VBox(text);
        box.getStyleClass().add("teaching-box");
        box.visibleProperty().bind(stepper.teachingProperty());
        box.managedProperty().bind(stepper.teachingProperty());
        return box;
    }

    private void buildTable() {
        packets.getColumns().add(column("#", 40, s -> String.valueOf(s.index() + 1)));
        packets.getColumns().add(column("time (s)", 80, s -> String.format(Locale.ROOT, "%.3f", s.seconds())));
        packets.getColumns().add(column("lane", 70, s -> s.lane().label()));
        packets.getColumns().add(column("kind", 130, PacketStep::label));
        packets.getColumns().add(column("seen at", 190, s -> String.join(", ", s.seen())));
        packets.getColumns().add(column("not seen at", 160, s -> s.notSeen().stream().collect(Collectors.joining(", "))));
        packets.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        packets.setPlaceholder(new Label("No packets of the flow were captured."));
        packets.setRowFactory(table -> {
            javafx.scene.control.TableRow<PacketStep> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    onOpenPacket.run();
                }
            });
            return row;
        });
        packets.getStyleClass().add("packet-list");
    }

    private static TableColumn<PacketStep, String> column(String title, double width,
                                                          java.util.function.Function<PacketStep, String> value) {
        TableColumn<PacketStep, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return c;
    }

    public LadderCanvas ladder() {
        return ladder;
    }

    public LadderPane ladderPane() {
        return ladderPane;
    }

    public TableView<PacketStep> packets() {
        return packets;
    }

    public FlowStepperViewModel viewModel() {
        return stepper;
    }

    /** What a double click on a packet of the list or the ladder does (the window opens the packet's detail). */
    public void setOnOpenPacket(Runnable action) {
        onOpenPacket = action;
    }
}
