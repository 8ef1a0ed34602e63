package dev.bothways.app.ui;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;

/** The window's bottom area: the flow stepper ("Packets"), the findings, and the case's story when it has one. */
final class BottomTabs {
    private BottomTabs() {
    }

    static TabPane of(MainViewModel model, FlowStepperView stepper) {
        Tab packets = new Tab("Packets", stepper);
        Tab findings = new Tab("Findings", new FindingsView(model));
        TextArea text = new TextArea();
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("story");
        Tab story = new Tab("Story", text);
        TabPane tabs = new TabPane(packets, findings);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("bottom-tabs");
        model.narrativeProperty().addListener((obs, old, now) -> {
            text.setText(now.orElse(""));
            if (now.isPresent() && !tabs.getTabs().contains(story)) {
                tabs.getTabs().add(story);
            } else if (now.isEmpty()) {
                tabs.getTabs().remove(story);
            }
        });
        return tabs;
    }
}
