package dev.bothways.app.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;

/**
 * Scrolls the ladder: its content is an empty pane the size of the whole drawing, and the canvas,
 * only as large as the view, moves with the scroll position and draws what is under it, so a flow
 * of thousands of packets needs no canvas taller than the screen.
 */
public final class LadderPane extends ScrollPane {
    private final LadderCanvas ladder;
    private final Pane content = new Pane();

    public LadderPane(LadderCanvas ladder) {
        this.ladder = ladder;
        ladder.setManaged(false);
        content.getChildren().add(ladder);
        setContent(content);
        getStyleClass().add("ladder-pane");
        ladder.setOnContentResized(this::resizeContent);
        viewportBoundsProperty().addListener((obs, old, now) -> {
            ladder.setAvailableWidth(now.getWidth());
            follow();
        });
        hvalueProperty().addListener((obs, old, now) -> follow());
        vvalueProperty().addListener((obs, old, now) -> follow());
    }

    private void resizeContent() {
        content.setMinSize(ladder.contentWidth(), ladder.contentHeight());
        content.setPrefSize(ladder.contentWidth(), ladder.contentHeight());
        content.setMaxSize(ladder.contentWidth(), ladder.contentHeight());
        javafx.application.Platform.runLater(this::follow);
    }

    /** Puts the canvas over the part of the drawing in view. */
    private void follow() {
        Bounds view = getViewportBounds();
        double left = getHvalue() * Math.max(0, ladder.contentWidth() - view.getWidth());
        double top = getVvalue() * Math.max(0, ladder.contentHeight() - view.getHeight());
        ladder.relocate(left, top);
        ladder.setView(left, top, view.getWidth(), view.getHeight());
    }

    /** Scrolls row {@code index} into view, below the column names, when it is not. */
    public void reveal(int index) {
        ladder.rowBounds(index).ifPresent(this::reveal);
    }

    private void reveal(Rectangle2D row) {
        double view = getViewportBounds().getHeight();
        double hidden = ladder.contentHeight() - view;
        double header = ladder.headerHeight();
        double top = getVvalue() * Math.max(0, hidden);
        if (hidden > 0 && (row.getMinY() < top + header || row.getMaxY() > top + view)) {
            setVvalue(Math.min(1, Math.max(0, (row.getMinY() + row.getHeight() / 2 - (view + header) / 2) / hidden)));
        }
    }
}
