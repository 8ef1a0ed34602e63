package dev.bothways.app.ui;

import dev.bothways.model.Addresses;
import dev.bothways.model.Finding;
import dev.bothways.model.Link;
import dev.bothways.model.Node;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Whatever is selected, with the artifact lines or packets behind it. */
public final class InspectorView extends VBox {
    private final Label title = new Label("Nothing selected");
    private final Label details = new Label("Click a node, a link or a finding to see its evidence.");
    private final TextArea evidence = new TextArea();

    private final MainViewModel model;

    public InspectorView(MainViewModel model) {
        this.model = model;
        getStyleClass().add(Styles.INSPECTOR);
        setSpacing(8);
        setPrefWidth(330);
        title.getStyleClass().add("inspector-title");
        details.setWrapText(true);
        evidence.setEditable(false);
        evidence.setWrapText(true);
        evidence.getStyleClass().add(Styles.EXCERPT);
        VBox.setVgrow(evidence, Priority.ALWAYS);
        getChildren().addAll(title, details, new Label("Evidence"), evidence);
        model.selectionProperty().addListener((obs, old, now) -> show(now));
        model.excerptsProperty().addListener((obs, old, now) -> showExcerpts(now));
    }

    private void show(Selection selection) {
        switch (selection) {
            case null -> {
                title.setText("Nothing selected");
                details.setText("Click a node, a link or a finding to see its evidence.");
            }
            case Selection.OfNode n -> showNode(n.node());
            case Selection.OfLink l -> showLink(l.link());
            case Selection.OfFinding f -> showFinding(f.finding());
            case Selection.OfPacket p -> showPacket(p.step());
        }
    }

    private void showNode(Node node) {
        title.setText(node.label());
        details.setText(node.role().name().toLowerCase(Locale.ROOT) + " · " + node.basis().name().toLowerCase(Locale.ROOT)
                + "\naddresses: " + (node.addresses().isEmpty() ? "none seen"
                : node.addresses().stream().map(Addresses::format).sorted().collect(Collectors.joining(", ")))
                + model.boundaryVerdict(node.id()).map(v -> "\n\nstate boundary: " + v).orElse(""));
    }

    private void showLink(Link link) {
        title.setText(link.from() + " → " + link.to());
        details.setText(link.basis().name().toLowerCase(Locale.ROOT)
                + (link.evidence().isEmpty() ? ": no evidence saw this link; it joins the lane's ends" : ""));
    }

    private void showFinding(Finding f) {
        title.setText(f.kind().id() + String.format(Locale.ROOT, "  %.0f%%", f.confidence() * 100));
        details.setText(f.summary() + f.at().map(a -> "\n\nblames: " + a).orElse("")
                + f.died().map(d -> "\nthe " + d.packet() + " was seen at " + d.seenAt() + ", not at " + d.notSeenAt()).orElse("")
                + "\n\nnext: " + f.next()
                + (f.ruledOut().isEmpty() ? "" : "\n\nbeat: " + String.join("; ", f.ruledOut())));
    }

    private void showPacket(PacketStep step) {
        title.setText(step.label() + " · packet " + (step.index() + 1));
        details.setText(step.lane().label() + " lane · "
                + (step.lane() == dev.bothways.model.Lane.FORWARD ? step.trail().flow() : step.trail().flow().reversed())
                + String.format(Locale.ROOT, "\nfirst seen %.6f s after the flow began", step.seconds())
                + "\nseen at: " + (step.seen().isEmpty() ? "none" : String.join(", ", step.seen()))
                + "\nnot seen at: " + (step.notSeen().isEmpty() ? "none" : String.join(", ", step.notSeen()))
                + step.diedAt().map(d -> "\n\ndied at " + d + step.stoppedAt()
                        .map(stop -> ": it provably never reached " + stop.point())
                        .orElse(": its capture saw it arrive, and the top finding says it was dropped there")).orElse(""));
    }

    private void showExcerpts(List<EvidenceExcerpt> excerpts) {
        evidence.setText(excerpts.stream()
                .map(e -> e.provenance() + "\n" + String.join("\n", e.lines()))
                .collect(Collectors.joining("\n\n")));
    }

    static ScrollPane scrolled(InspectorView view) {
        ScrollPane pane = new ScrollPane(view);
        pane.setFitToWidth(true);
        pane.setFitToHeight(true);
        return pane;
    }
}
