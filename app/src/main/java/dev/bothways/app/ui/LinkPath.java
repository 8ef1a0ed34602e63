package dev.bothways.app.ui;

import dev.bothways.model.Basis;
import dev.bothways.model.Lane;
import dev.bothways.model.Link;
import javafx.css.PseudoClass;
import javafx.scene.Group;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;

/** One lane's link between two glyph centres, with an arrowhead in the lane's direction of travel. */
public final class LinkPath extends Group {
    private static final PseudoClass INFERRED = PseudoClass.getPseudoClass("inferred");
    private static final double HEAD = 9;

    private final Link link;
    private final Lane lane;

    public LinkPath(Link link, Lane lane, double x1, double y1, double x2, double y2) {
        this.link = link;
        this.lane = lane;
        getStyleClass().add(lane == Lane.FORWARD ? Styles.LINK_FORWARD : Styles.LINK_RETURN);
        pseudoClassStateChanged(INFERRED, link.basis() == Basis.INFERRED);
        Line line = new Line(x1, y1, x2, y2);
        line.getStyleClass().add("link-line");
        double angle = Math.atan2(y2 - y1, x2 - x1);
        double mx = (x1 + x2) / 2 + Math.cos(angle) * HEAD / 2;
        double my = (y1 + y2) / 2 + Math.sin(angle) * HEAD / 2;
        Polygon head = new Polygon(
                mx, my,
                mx - HEAD * Math.cos(angle - Math.PI / 7), my - HEAD * Math.sin(angle - Math.PI / 7),
                mx - HEAD * Math.cos(angle + Math.PI / 7), my - HEAD * Math.sin(angle + Math.PI / 7));
        head.getStyleClass().add("link-head");
        getChildren().addAll(line, head);
    }

    public Link link() {
        return link;
    }

    public Lane lane() {
        return lane;
    }
}
