package dev.bothways.app.ui;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;

/**
 * The window's bottom area: the flow stepper ("Packets"), the current packet taken apart ("Packet
 * detail"), the findings, and the case's story when it has one.
 */
final class BottomTabs {
    private BottomTabs() {
    }

    /**
     * The packet detail has a tab of its own, next to the stepper, rather than a third pane beside
     * the ladder and the packet list: at the window's size a third pane squeezes the ladder's
     * columns and the list's off screen, and a tab gives the tree and the hex dump the whole width,
     * side by side. The arrow keys still step through the packets while it is open, and a double
     * click on a packet of the list opens it, as in Wireshark.
     */
    static TabPane of(MainViewModel model, FlowStepperView stepper, PacketDetailView detail) {
        Tab packets = new Tab("Packets", stepper);
        Tab packet = new Tab("Packet detail", detail);
        Tab findings = new Tab("Findings", new FindingsView(model));
        TextArea text = new TextArea();
        text.setEditable(false);
        text.setWrapText(true);
        text.getStyleClass().add("story");
        Tab story = new Tab("Story", text);
        TabPane tabs = new TabPane(packets, packet, findings);
        stepper.setOnOpenPacket(() -> tabs.getSelectionModel().select(packet));
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
