package dev.bothways.app.ui;

import java.io.File;
import java.io.IOException;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javax.imageio.ImageIO;

/**
 * The main window: artifacts on the left, the lane canvas in the centre, the inspector on the
 * right, findings below, and a status bar with progress and cancel.
 */
public final class MainWindow {
    private final MainViewModel model;
    private final BorderPane root = new BorderPane();
    private final LaneCanvas canvas = new LaneCanvas();
    private final FlowStepperViewModel stepper = new FlowStepperViewModel();
    private final FlowStepperView stepperView;
    private final PacketDetailView packetDetail;

    public MainWindow(MainViewModel model) {
        this.model = model;
        canvas.setOnSelect(model.selectionProperty()::set);
        model.selectionProperty().addListener((obs, old, now) -> canvas.select(now));
        model.analysisProperty().addListener((obs, old, now) -> {
            if (now != null) {
                canvas.show(now);
            }
        });
        ScrollPane canvasPane = new ScrollPane(new Group(canvas));
        canvasPane.getStyleClass().add("canvas-pane");
        fitToViewport(canvasPane);
        BorderPane canvasArea = new BorderPane(canvasPane);
        canvasArea.setTop(new VerdictBanner(model));
        canvasArea.setBottom(LaneCanvas.legend());
        SplitPane centre = new SplitPane(new ArtifactsView(model), canvasArea, InspectorView.scrolled(new InspectorView(model)));
        centre.setDividerPositions(0.18, 0.78);
        stepperView = new FlowStepperView(model, stepper, canvas);
        packetDetail = new PacketDetailView(new PacketDetailViewModel(model, model.runner()));
        SplitPane main = new SplitPane(centre, BottomTabs.of(model, stepperView, packetDetail));
        main.setOrientation(javafx.geometry.Orientation.VERTICAL);
        main.setDividerPositions(0.58);
        root.setTop(menus());
        root.setCenter(main);
        root.setBottom(statusBar());
    }

    private static final double MAX_ZOOM = 1.5;

    /** Scales the drawing to the viewport, so both lanes stay whole on screen and large where there is room. */
    private void fitToViewport(ScrollPane pane) {
        Runnable fit = () -> {
            double wantWidth = canvas.getPrefWidth();
            double wantHeight = canvas.getPrefHeight();
            double haveWidth = pane.getViewportBounds().getWidth();
            double haveHeight = pane.getViewportBounds().getHeight();
            double scale = wantWidth > 0 && haveWidth > 0 && wantHeight > 0 && haveHeight > 0
                    ? Math.min(MAX_ZOOM, Math.min(haveWidth / wantWidth, haveHeight / wantHeight)) : 1;
            canvas.setScaleX(scale);
            canvas.setScaleY(scale);
        };
        pane.viewportBoundsProperty().addListener((obs, old, now) -> fit.run());
        canvas.prefWidthProperty().addListener((obs, old, now) -> fit.run());
    }

    public Scene scene() {
        Scene scene = new Scene(root, 1440, 860);
        scene.getStylesheets().add(MainWindow.class.getResource("bothways.css").toExternalForm());
        scene.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (!(scene.getFocusOwner() instanceof javafx.scene.control.TextInputControl)) {
                stepperView.handleKey(e);
            }
        });
        return scene;
    }

    public LaneCanvas canvas() {
        return canvas;
    }

    public FlowStepperView stepper() {
        return stepperView;
    }

    public PacketDetailView packetDetail() {
        return packetDetail;
    }

    private MenuBar menus() {
        MenuItem open = new MenuItem("Open case…");
        open.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        open.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Open a case folder (one subfolder per host)");
            File folder = chooser.showDialog(root.getScene().getWindow());
            if (folder != null) {
                model.openCase(folder.toPath());
            }
        });
        MenuItem export = new MenuItem("Export lanes as image…");
        export.setOnAction(e -> exportImage());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN));
        quit.setOnAction(e -> ((Stage) root.getScene().getWindow()).close());
        CheckMenuItem presentation = new CheckMenuItem("Presentation mode");
        presentation.setAccelerator(new KeyCodeCombination(KeyCode.F5));
        presentation.selectedProperty().addListener((obs, old, on) -> {
            if (on) {
                root.getStyleClass().add(Styles.PRESENTATION);
            } else {
                root.getStyleClass().remove(Styles.PRESENTATION);
            }
            stepperView.setLarge(on);
        });
        CheckMenuItem teaching = new CheckMenuItem("Teaching mode (explain each step)");
        teaching.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        teaching.selectedProperty().bindBidirectional(stepper.teachingProperty());
        return new MenuBar(new Menu("File", null, open, export, quit), new Menu("View", null, presentation, teaching));
    }

    private void exportImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the lanes as PNG");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PNG image", "*.png"));
        chooser.setInitialFileName("lanes.png");
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        WritableImage image = canvas.snapshot(null, null);
        try {
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file);
        } catch (IOException ex) {
            new javafx.scene.control.Alert(javafx.scene.control.Alert.AlertType.ERROR,
                    "Could not write " + file + ": " + ex.getMessage()).showAndWait();
        }
    }

    private HBox statusBar() {
        Label status = new Label();
        status.textProperty().bind(model.statusProperty());
        ProgressBar bar = new ProgressBar();
        bar.progressProperty().bind(model.progressProperty());
        bar.visibleProperty().bind(model.busyProperty());
        Button cancel = new Button("Cancel");
        cancel.visibleProperty().bind(model.busyProperty());
        cancel.setOnAction(e -> model.cancel());
        HBox box = new HBox(10, status, new VBox(), bar, cancel);
        HBox.setHgrow(box.getChildren().get(1), Priority.ALWAYS);
        box.getStyleClass().add("status-bar");
        return box;
    }
}
