package dev.bothways.app.ui;

import dev.bothways.model.Lane;
import dev.bothways.model.NodeId;
import java.util.List;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.control.Label;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * The current packet on the lane canvas: a dot with its kind, travelling its lane node by node to
 * where it was last seen; a red ✕ beside it when it died there.
 */
public final class PacketMarker extends Group {
    private static final double RADIUS = 9;

    private final Circle dot = new Circle(RADIUS);
    private final Label label = new Label();
    private final Label death = new Label("✕");
    private final Group moving = new Group(dot, label);
    private Optional<NodeId> at = Optional.empty();
    private Timeline travel = new Timeline();

    public PacketMarker() {
        getStyleClass().add(Styles.PACKET_MARKER);
        dot.getStyleClass().add("marker-dot");
        label.getStyleClass().add("marker-label");
        label.setLayoutX(RADIUS + 3);
        label.setLayoutY(-RADIUS - 22);
        death.getStyleClass().add("marker-death");
        death.setVisible(false);
        getChildren().addAll(moving, death);
        setMouseTransparent(true);
        setManaged(false);
    }

    void hide() {
        travel.stop();
        setVisible(false);
        at = Optional.empty();
    }

    /** Moves along {@code path} (centres, in lane order) over {@code seconds}; ✕ at {@code died} when present. */
    void show(List<Point2D> path, String text, Lane lane, Optional<Point2D> died, Optional<NodeId> node, double seconds) {
        travel.stop();
        if (path.isEmpty()) {
            hide();
            return;
        }
        at = node;
        setVisible(true);
        label.setText(text);
        getStyleClass().removeAll("lane-forward", "lane-return");
        getStyleClass().add(lane == Lane.FORWARD ? "lane-forward" : "lane-return");
        death.setVisible(false);
        Point2D last = path.get(path.size() - 1);
        died.ifPresent(d -> {
            boolean leftwards = path.size() > 1 && path.get(path.size() - 2).getX() > last.getX();
            death.setLayoutX(leftwards ? d.getX() - 2 * RADIUS - 30 : d.getX() + 2 * RADIUS + 12);
            death.setLayoutY(d.getY() - 20);
        });
        Point2D end = path.get(path.size() - 1);
        if (seconds <= 0 || path.size() == 1) {
            moving.setTranslateX(end.getX());
            moving.setTranslateY(end.getY());
            death.setVisible(died.isPresent());
            return;
        }
        travel = new Timeline();
        double hop = seconds / (path.size() - 1);
        for (int i = 0; i < path.size(); i++) {
            Point2D p = path.get(i);
            travel.getKeyFrames().add(new KeyFrame(Duration.seconds(hop * i),
                    new KeyValue(moving.translateXProperty(), p.getX()),
                    new KeyValue(moving.translateYProperty(), p.getY())));
        }
        travel.setOnFinished(e -> death.setVisible(died.isPresent()));
        travel.play();
    }

    /** The node it stands at (or is travelling to). */
    public Optional<NodeId> at() {
        return at;
    }

    public boolean showsDeath() {
        return death.isVisible();
    }

    /** Where the dot is (or will be when it arrives). */
    public Point2D position() {
        return new Point2D(moving.getTranslateX(), moving.getTranslateY());
    }
}
