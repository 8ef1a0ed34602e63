package dev.bothways.app.ui;

import dev.bothways.analysis.CaseAnalysis;
import dev.bothways.model.Finding;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/** The top finding across the top of the canvas, readable from across a room; click it for its evidence. */
public final class VerdictBanner extends HBox {
    private final Label kind = new Label("No case open");
    private final Label summary = new Label("File ▸ Open case… to read a case folder.");

    public VerdictBanner(MainViewModel model) {
        super(14);
        getStyleClass().add(Styles.VERDICT_BANNER);
        kind.getStyleClass().add("verdict-kind");
        kind.setMinWidth(USE_PREF_SIZE);
        summary.setWrapText(true);
        summary.setMaxHeight(48);
        HBox.setHgrow(summary, Priority.ALWAYS);
        getChildren().addAll(kind, summary);
        model.analysisProperty().addListener((obs, old, now) -> show(now));
        setOnMouseClicked(e -> {
            CaseAnalysis analysis = model.analysisProperty().get();
            if (analysis != null && !analysis.findings().isEmpty()) {
                model.selectionProperty().set(new Selection.OfFinding(analysis.findings().get(0)));
            }
        });
    }

    private void show(CaseAnalysis analysis) {
        getStyleClass().removeIf(c -> c.startsWith("kind-"));
        if (analysis == null || analysis.findings().isEmpty()) {
            kind.setText("No finding");
            summary.setText("");
            return;
        }
        Finding top = analysis.findings().get(0);
        getStyleClass().add("kind-" + top.kind().id());
        kind.setText(top.kind().id() + top.at().map(a -> " at " + a).orElse("")
                + String.format(Locale.ROOT, "  %.0f%%", top.confidence() * 100));
        summary.setText(top.summary());
    }

    public String text() {
        return kind.getText();
    }
}
