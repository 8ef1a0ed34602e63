package dev.bothways.app.ui;

import dev.bothways.model.Addresses;
import dev.bothways.model.Basis;
import dev.bothways.model.Node;
import dev.bothways.model.NodeRole;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.Shape;

/** One node drawn on the lane canvas: a shape for its role, its name and first address below. */
public final class NodeGlyph extends VBox {
    public static final double SIZE = 34;
    private static final PseudoClass INFERRED = PseudoClass.getPseudoClass("inferred");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass BLAMED = PseudoClass.getPseudoClass("blamed");

    private final Node node;

    public NodeGlyph(Node node) {
        this(node, java.util.List.of(), false);
    }

    /**
     * @param boundaryKinds the kinds of state the node keeps, when it is a state boundary ("stateful firewall", "NAT")
     * @param blamed        true when the top finding blames this node
     */
    public NodeGlyph(Node node, java.util.List<String> boundaryKinds, boolean blamed) {
        this.node = node;
        getStyleClass().addAll(Styles.NODE_GLYPH, "role-" + node.role().name().toLowerCase(java.util.Locale.ROOT));
        pseudoClassStateChanged(INFERRED, node.basis() == Basis.INFERRED);
        setAlignment(Pos.TOP_CENTER);
        setSpacing(3);
        Shape shape = boundaryKinds.isEmpty() ? shape(node.role()) : boundaryShape();
        shape.getStyleClass().add("glyph-shape");
        Label name = new Label(node.label());
        name.getStyleClass().add("glyph-name");
        if (!boundaryKinds.isEmpty()) {
            getStyleClass().add(Styles.STATE_BOUNDARY);
            Label badge = new Label(boundaryKinds.stream().map(NodeGlyph::abbreviation).distinct()
                    .reduce((a, b) -> a + "·" + b).orElse(""));
            badge.getStyleClass().add("boundary-badge");
            javafx.scene.layout.StackPane marked = new javafx.scene.layout.StackPane(shape, badge);
            getChildren().addAll(marked, name);
        } else {
            getChildren().addAll(shape, name);
        }
        pseudoClassStateChanged(BLAMED, blamed);
        node.addresses().stream().map(Addresses::format).sorted().findFirst().ifPresent(a -> {
            if (!a.equals(node.label())) {
                Label address = new Label(a);
                address.getStyleClass().add("glyph-address");
                getChildren().add(address);
            }
        });
        setMouseTransparent(false);
    }

    private static Shape shape(NodeRole role) {
        return switch (role) {
            case CLIENT, SERVER, HOST -> {
                Rectangle r = new Rectangle(SIZE * 1.3, SIZE);
                r.setArcWidth(10);
                r.setArcHeight(10);
                yield r;
            }
            default -> new Circle(SIZE / 2);
        };
    }

    /** An octagon, the shape of a stop sign: this node stops what it has no state for. */
    private static Shape boundaryShape() {
        double r = SIZE * 0.62;
        double[] points = new double[16];
        for (int i = 0; i < 8; i++) {
            double a = Math.PI / 8 + i * Math.PI / 4;
            points[2 * i] = r + r * Math.cos(a);
            points[2 * i + 1] = r + r * Math.sin(a);
        }
        return new javafx.scene.shape.Polygon(points);
    }

    private static String abbreviation(String kind) {
        return switch (kind) {
            case "NAT" -> "NAT";
            case "strict rp_filter" -> "RPF";
            default -> "FW";
        };
    }

    public Node node() {
        return node;
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }
}
