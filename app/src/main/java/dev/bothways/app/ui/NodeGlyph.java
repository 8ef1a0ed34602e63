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

    private final Node node;

    public NodeGlyph(Node node) {
        this.node = node;
        getStyleClass().addAll(Styles.NODE_GLYPH, "role-" + node.role().name().toLowerCase(java.util.Locale.ROOT));
        pseudoClassStateChanged(INFERRED, node.basis() == Basis.INFERRED);
        setAlignment(Pos.TOP_CENTER);
        setSpacing(3);
        Shape shape = shape(node.role());
        shape.getStyleClass().add("glyph-shape");
        Label name = new Label(node.label());
        name.getStyleClass().add("glyph-name");
        getChildren().addAll(shape, name);
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

    public Node node() {
        return node;
    }

    public void setSelected(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }
}
