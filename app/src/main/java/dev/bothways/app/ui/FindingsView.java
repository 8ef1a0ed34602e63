package dev.bothways.app.ui;

import dev.bothways.model.Finding;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;

/** The findings, most confident first; picking one shows its evidence in the inspector. */
public final class FindingsView extends ListView<Finding> {

    public FindingsView(MainViewModel model) {
        getStyleClass().add("findings");
        setPrefHeight(120);
        setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Finding f, boolean empty) {
                super.updateItem(f, empty);
                if (empty || f == null) {
                    setGraphic(null);
                    return;
                }
                Label kind = new Label(f.kind().id());
                kind.getStyleClass().addAll(Styles.FINDING_KIND, "kind-" + f.kind().id());
                Label text = new Label(String.format(Locale.ROOT, "%.0f%%  %s", f.confidence() * 100, f.summary()));
                text.setWrapText(true);
                setGraphic(new HBox(10, kind, text));
            }
        });
        model.analysisProperty().addListener((obs, old, now) -> getItems().setAll(now == null ? List.of()
                : now.findings().stream().sorted((a, b) -> Double.compare(b.confidence(), a.confidence())).toList()));
        getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                model.selectionProperty().set(new Selection.OfFinding(now));
            }
        });
    }
}
