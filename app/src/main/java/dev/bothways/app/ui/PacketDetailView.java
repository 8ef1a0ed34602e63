package dev.bothways.app.ui;

import dev.bothways.capture.detail.DetailField;
import dev.bothways.capture.detail.DetailLayer;
import dev.bothways.capture.detail.HexDump;
import dev.bothways.capture.detail.PacketDetail;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;

/**
 * One packet as Wireshark shows it: the capture point it was seen at (a chooser when several saw
 * it), its layers as a tree of fields, and its bytes as a hex dump beside them. Picking a field
 * lights up its bytes; clicking a byte picks its field.
 */
public final class PacketDetailView extends BorderPane {
    static final PseudoClass PICKED = PseudoClass.getPseudoClass("picked");
    /** Layers open when first shown: the ones that tell what a packet of the flow is. */
    private static final Set<String> OPEN_AT_FIRST = Set.of("Transmission Control Protocol", "User Datagram Protocol",
            "Internet Control Message Protocol", "Internet Control Message Protocol v6");

    private final PacketDetailViewModel model;
    private final ChoiceBox<PacketDetailViewModel.Pass> points = new ChoiceBox<>();
    private final Label where = new Label();
    private final TreeView<DetailField> tree = new TreeView<>(new TreeItem<>());
    private final ListView<HexDump.Row> hex = new ListView<>();
    /** Layers the user keeps open (or closed), by name, from one packet to the next, as Wireshark does. */
    private final Set<String> open = new HashSet<>(OPEN_AT_FIRST);
    private boolean pickingFromHex;

    public PacketDetailView(PacketDetailViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.PACKET_DETAIL);
        setTop(header());
        tree.setShowRoot(false);
        tree.getStyleClass().add(Styles.PACKET_TREE);
        tree.setCellFactory(t -> new FieldCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && now.getValue() != null) {
                model.fieldProperty().set(Optional.of(now.getValue()));
            }
        });
        hex.getStyleClass().add(Styles.HEX_DUMP);
        hex.setCellFactory(l -> new RowCell());
        hex.setFocusTraversable(false);
        hex.setPlaceholder(new Label(""));
        SplitPane split = new SplitPane(tree, hex);
        split.setDividerPositions(0.5);
        setCenter(split);
        model.detailProperty().addListener((obs, old, now) -> show(now));
        model.fieldProperty().addListener((obs, old, now) -> pick(now));
        show(model.detailProperty().get());
    }

    private HBox header() {
        points.setConverter(new StringConverter<>() {
            @Override
            public String toString(PacketDetailViewModel.Pass pass) {
                return pass == null ? "" : pass.label();
            }

            @Override
            public PacketDetailViewModel.Pass fromString(String text) {
                return null;
            }
        });
        points.setFocusTraversable(false);
        model.passesProperty().addListener((obs, old, now) -> points.getItems().setAll(now));
        points.getItems().setAll(model.passesProperty().get());
        points.valueProperty().bindBidirectional(model.chosenProperty());
        points.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(points.getItems()));
        points.managedProperty().bind(points.visibleProperty());
        where.textProperty().bind(model.messageProperty());
        where.getStyleClass().add("packet-source");
        where.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(where, Priority.ALWAYS);
        Label seen = new Label("seen at");
        seen.visibleProperty().bind(points.visibleProperty());
        seen.managedProperty().bind(points.visibleProperty());
        Label which = new Label();
        which.textProperty().bind(model.titleProperty());
        which.getStyleClass().add("packet-title");
        HBox box = new HBox(8, which, seen, points, where);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("packet-detail-header");
        return box;
    }

    private void show(Optional<PacketDetail> detail) {
        TreeItem<DetailField> root = new TreeItem<>();
        detail.ifPresent(d -> {
            for (DetailLayer layer : d.layers()) {
                TreeItem<DetailField> item = item(asField(layer));
                item.setExpanded(open.contains(layer.name()));
                item.expandedProperty().addListener((obs, was, now) -> {
                    if (now) {
                        open.add(layer.name());
                    } else {
                        open.remove(layer.name());
                    }
                });
                root.getChildren().add(item);
            }
        });
        tree.setRoot(root);
        hex.getItems().setAll(detail.map(d -> d.hex().rows()).orElse(List.of()));
    }

    /** A layer as the tree's top line: its text, its header's bytes and its fields below. */
    private static DetailField asField(DetailLayer layer) {
        return new DetailField(Optional.empty(), layer.text(), "", layer.offset(), layer.length(), layer.fields());
    }

    private static TreeItem<DetailField> item(DetailField field) {
        TreeItem<DetailField> item = new TreeItem<>(field);
        for (DetailField child : field.children()) {
            item.getChildren().add(item(child));
        }
        return item;
    }

    private void pick(Optional<DetailField> field) {
        hex.refresh();
        if (field.isEmpty()) {
            tree.getSelectionModel().clearSelection();
            return;
        }
        TreeItem<DetailField> selected = tree.getSelectionModel().getSelectedItem();
        if (selected == null || !field.get().equals(selected.getValue())) {
            find(tree.getRoot(), field.get()).ifPresent(item -> {
                for (TreeItem<DetailField> up = item.getParent(); up != null; up = up.getParent()) {
                    up.setExpanded(true);
                }
                tree.getSelectionModel().select(item);
                int row = tree.getRow(item);
                if (row >= 0) {
                    tree.scrollTo(Math.max(0, row - 2));
                }
            });
        }
        if (!pickingFromHex && field.get().length() > 0) {
            hex.scrollTo(Math.max(0, field.get().offset() / HexDump.PER_ROW - 1));
        }
    }

    private static Optional<TreeItem<DetailField>> find(TreeItem<DetailField> from, DetailField field) {
        for (TreeItem<DetailField> child : from.getChildren()) {
            if (field.equals(child.getValue())) {
                return Optional.of(child);
            }
            Optional<TreeItem<DetailField>> below = find(child, field);
            if (below.isPresent()) {
                return below;
            }
        }
        return Optional.empty();
    }

    private boolean picked(int index) {
        return model.fieldProperty().get().filter(f -> f.covers(index)).isPresent();
    }

    public TreeView<DetailField> tree() {
        return tree;
    }

    public ListView<HexDump.Row> hex() {
        return hex;
    }

    public ChoiceBox<PacketDetailViewModel.Pass> points() {
        return points;
    }

    public PacketDetailViewModel viewModel() {
        return model;
    }

    private static final class FieldCell extends TreeCell<DetailField> {
        @Override
        protected void updateItem(DetailField field, boolean empty) {
            super.updateItem(field, empty);
            setText(empty || field == null ? null : field.text());
        }
    }

    /** One row of the dump: offset, sixteen bytes in hex, the same sixteen as text; each byte can be picked and clicked. */
    private final class RowCell extends ListCell<HexDump.Row> {
        private final Label offset = new Label();
        private final Label[] bytes = new Label[HexDump.PER_ROW];
        private final Label[] chars = new Label[HexDump.PER_ROW];
        private final HBox line;
        private int start;

        RowCell() {
            offset.getStyleClass().add("hex-offset");
            HBox hexes = new HBox();
            HBox text = new HBox();
            for (int i = 0; i < HexDump.PER_ROW; i++) {
                int at = i;
                bytes[i] = new Label();
                bytes[i].getStyleClass().add(Styles.HEX_BYTE);
                chars[i] = new Label();
                chars[i].getStyleClass().add(Styles.HEX_CHAR);
                bytes[i].setOnMouseClicked(e -> click(at));
                chars[i].setOnMouseClicked(e -> click(at));
                hexes.getChildren().add(bytes[i]);
                text.getChildren().add(chars[i]);
            }
            hexes.getStyleClass().add("hex-bytes");
            line = new HBox(offset, hexes, text);
            line.getStyleClass().add("hex-line");
            setText(null);
        }

        private void click(int i) {
            pickingFromHex = true;
            try {
                model.pickByte(start + i);
            } finally {
                pickingFromHex = false;
            }
        }

        @Override
        protected void updateItem(HexDump.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            start = row.offset();
            offset.setText(String.format("%04x", row.offset()));
            for (int i = 0; i < HexDump.PER_ROW; i++) {
                boolean there = i < row.count();
                bytes[i].setText(there ? row.hexAt(i) : "  ");
                chars[i].setText(there ? String.valueOf(row.asciiAt(i)) : " ");
                boolean on = there && picked(start + i);
                bytes[i].pseudoClassStateChanged(PICKED, on);
                chars[i].pseudoClassStateChanged(PICKED, on);
            }
            setGraphic(line);
        }
    }
}
