package dev.bothways.app.ui;

import dev.bothways.analysis.CaseAnalysis;
import dev.bothways.analysis.layout.LaneLayout;
import dev.bothways.analysis.layout.Placement;
import dev.bothways.model.Divergence;
import dev.bothways.model.Lane;
import dev.bothways.model.LanePath;
import dev.bothways.model.Link;
import dev.bothways.model.NodeId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;

/**
 * The two lanes drawn from the layout analysis computed: forward above, return below, shared
 * nodes on the centre line, the stretch where the lanes part shaded and marked. Only draws.
 */
public final class LaneCanvas extends Pane {
    static final double COLUMN = 170;
    static final double ROW = 120;
    static final double MARGIN_X = 110;
    static final double TOP = 90;
    private static final double LANE_OFFSET = 7;

    private final Map<NodeId, NodeGlyph> glyphs = new HashMap<>();
    private final PacketMarker marker = new PacketMarker();
    private Map<NodeId, Placement> placed = Map.of();
    private Consumer<Selection> onSelect = s -> { };

    public LaneCanvas() {
        getStyleClass().add(Styles.LANE_CANVAS);
    }

    public void setOnSelect(Consumer<Selection> onSelect) {
        this.onSelect = onSelect;
    }

    public Optional<NodeGlyph> glyph(NodeId id) {
        return Optional.ofNullable(glyphs.get(id));
    }

    public void select(Selection selection) {
        glyphs.values().forEach(g -> g.setSelected(selection instanceof Selection.OfNode n && n.node().id().equals(g.node().id())));
    }

    public void show(CaseAnalysis analysis) {
        getChildren().clear();
        glyphs.clear();
        LaneLayout layout = analysis.layout();
        Map<NodeId, Placement> at = layout.byNode();
        placed = at;
        double width = MARGIN_X * 2 + layout.width() * COLUMN;
        double height = TOP + ROW * 2 + 110;
        setPrefSize(Math.max(width, 900), height);
        setMinSize(Math.max(width, 900), height);

        drawLaneTitles(analysis, Math.max(width, 900));
        analysis.lanes().divergence().ifPresent(d -> drawDivergence(d, at));
        drawLane(analysis, analysis.lanes().forward(), at);
        drawLane(analysis, analysis.lanes().back(), at);
        for (Placement p : layout.placements()) {
            analysis.lanes().topology().node(p.node()).ifPresent(node -> {
                List<String> kinds = analysis.boundaries().stream()
                        .filter(b -> b.boundary().node().equals(node.id()))
                        .flatMap(b -> b.boundary().kinds().stream().map(k -> k.label())).toList();
                boolean blamed = analysis.findings().stream().findFirst()
                        .flatMap(f -> f.at()).filter(node.id().value()::equals).isPresent();
                NodeGlyph glyph = new NodeGlyph(node, kinds, blamed);
                glyph.setOnMouseClicked(e -> onSelect.accept(new Selection.OfNode(node)));
                glyph.layoutXProperty().bind(glyph.widthProperty().multiply(-0.5).add(x(p)));
                glyph.setLayoutY(y(p) - NodeGlyph.SIZE / 2);
                glyphs.put(node.id(), glyph);
                getChildren().add(glyph);
            });
        }
        drawDeath(analysis, at);
        marker.hide();
        getChildren().add(marker);
    }

    /**
     * Moves the packet marker along its lane to the node where {@code step} was last seen, over
     * {@code seconds} (0 jumps), with a red ✕ at the node where it died; hides it for none.
     */
    public void showPacket(java.util.Optional<PacketStep> step, double seconds) {
        marker.toFront();
        marker.show(step.map(s -> s.travelled().stream().filter(placed::containsKey)
                .map(n -> centre(placed.get(n), s.lane())).toList()).orElse(List.of()),
                step.map(PacketStep::label).orElse(""), step.map(PacketStep::lane).orElse(Lane.FORWARD),
                step.flatMap(PacketStep::diedAt).filter(placed::containsKey).map(n -> centre(placed.get(n), step.get().lane())),
                step.flatMap(PacketStep::lastSeen).map(NodeId::new), seconds);
    }

    /** The node the marker stands at, if shown. */
    public java.util.Optional<NodeId> markedNode() {
        return marker.at();
    }

    public PacketMarker marker() {
        return marker;
    }

    private static javafx.geometry.Point2D centre(Placement p, Lane lane) {
        return new javafx.geometry.Point2D(x(p), y(p) + (lane == Lane.FORWARD ? -LANE_OFFSET : LANE_OFFSET));
    }

    /** A red mark beside the node that a finding blames, saying which packet died there. */
    private void drawDeath(CaseAnalysis analysis, Map<NodeId, Placement> at) {
        analysis.findings().stream().findFirst().ifPresent(f -> f.at().map(NodeId::new).map(at::get).ifPresent(p -> {
            String what = f.died().map(d -> "✕ " + d.packet() + " died here").orElse("✕ " + f.kind().id());
            Label mark = new Label(what);
            mark.getStyleClass().add(Styles.DEATH_MARK);
            mark.layoutXProperty().bind(mark.widthProperty().multiply(-0.5).add(x(p)));
            mark.setLayoutY(y(p) + (p.band().row() < 0 ? -NodeGlyph.SIZE - 34 : NodeGlyph.SIZE + 38));
            getChildren().add(mark);
        }));
    }

    private void drawLaneTitles(CaseAnalysis analysis, double width) {
        Line centre = new Line(MARGIN_X / 2, TOP + ROW, width - MARGIN_X / 2, TOP + ROW);
        centre.getStyleClass().add(Styles.CENTRE_LINE);
        Label forward = new Label("FORWARD  " + analysis.client() + " → " + analysis.server());
        forward.getStyleClass().add(Styles.LANE_TITLE_FORWARD);
        forward.relocate(12, 10);
        Label back = new Label("RETURN  " + analysis.server() + " → " + analysis.client());
        back.getStyleClass().add(Styles.LANE_TITLE_RETURN);
        back.relocate(12, TOP + ROW * 2 + 62);
        getChildren().addAll(centre, forward, back);
    }

    private void drawDivergence(Divergence d, Map<NodeId, Placement> at) {
        Placement split = at.get(d.splitsAfter());
        if (split == null) {
            return;
        }
        double x1 = x(split);
        double x2 = d.rejoinsAt().map(at::get).map(LaneCanvas::x).orElse(x1 + COLUMN);
        Rectangle zone = new Rectangle(x1, TOP - 40, Math.max(x2 - x1, 1), ROW * 2 + 80);
        zone.getStyleClass().add(Styles.DIVERGENCE_ZONE);
        zone.setMouseTransparent(true);
        Label part = new Label("lanes part after " + d.splitsAfter());
        part.getStyleClass().add(Styles.DIVERGENCE_MARK);
        part.relocate(x1 + 6, TOP - 36);
        getChildren().addAll(zone, part);
        d.rejoinsAt().ifPresent(r -> {
            Label meet = new Label("lanes meet at " + r);
            meet.getStyleClass().addAll(Styles.DIVERGENCE_MARK, "rejoin");
            meet.layoutXProperty().bind(meet.widthProperty().negate().add(x2 - 6));
            meet.setLayoutY(TOP + ROW * 2 + 28);
            getChildren().add(meet);
        });
    }

    private void drawLane(CaseAnalysis analysis, LanePath lane, Map<NodeId, Placement> at) {
        List<NodeId> nodes = lane.nodes();
        double offset = lane.lane() == Lane.FORWARD ? -LANE_OFFSET : LANE_OFFSET;
        for (int i = 0; i + 1 < nodes.size(); i++) {
            Placement a = at.get(nodes.get(i));
            Placement b = at.get(nodes.get(i + 1));
            if (a == null || b == null) {
                continue;
            }
            Link link = findLink(analysis, nodes.get(i), nodes.get(i + 1));
            LinkPath path = new LinkPath(link, lane.lane(), x(a), y(a) + offset, x(b), y(b) + offset);
            path.setOnMouseClicked(e -> onSelect.accept(new Selection.OfLink(link)));
            getChildren().add(path);
        }
    }

    private static Link findLink(CaseAnalysis analysis, NodeId from, NodeId to) {
        return analysis.lanes().topology().links().stream()
                .filter(l -> l.from().equals(from) && l.to().equals(to)).findFirst()
                .orElseGet(() -> new Link(from, to, dev.bothways.model.Basis.INFERRED, List.of()));
    }

    /** The key to the drawing, one row the window keeps under the canvas. */
    public static javafx.scene.layout.FlowPane legend() {
        javafx.scene.layout.FlowPane box = new javafx.scene.layout.FlowPane(16, 2,
                swatch(Styles.LINK_FORWARD, "forward lane"),
                swatch(Styles.LINK_RETURN, "return lane"),
                swatch("legend-inferred", "inferred"),
                swatch(Styles.DIVERGENCE_ZONE, "lanes part"),
                swatch(Styles.STATE_BOUNDARY, "state boundary (FW, NAT, RPF)"),
                swatch(Styles.DEATH_MARK, "packet died"));
        box.getStyleClass().add(Styles.LEGEND);
        box.setMouseTransparent(true);
        return box;
    }

    private static HBox swatch(String style, String text) {
        Rectangle r = new Rectangle(22, 6);
        r.getStyleClass().addAll("legend-swatch", style);
        HBox row = new HBox(6, r, new Label(text));
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    static double x(Placement p) {
        return MARGIN_X + p.x() * COLUMN;
    }

    static double y(Placement p) {
        return TOP + ROW + p.y() * ROW;
    }
}
