package dev.bothways.app.ui;

import dev.bothways.analysis.CaseAnalysis;
import dev.bothways.importers.ImportedArtifact;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/** The case's artifacts grouped by host, each with its format, what was understood and its problems. */
public final class ArtifactsView extends TreeView<String> {

    public ArtifactsView(MainViewModel model) {
        setShowRoot(false);
        setRoot(new TreeItem<>("case"));
        getStyleClass().add("artifacts");
        model.analysisProperty().addListener((obs, old, now) -> show(now));
    }

    private void show(CaseAnalysis analysis) {
        TreeItem<String> root = new TreeItem<>(analysis == null ? "case" : analysis.evidence().name());
        if (analysis != null) {
            Map<String, TreeItem<String>> hosts = new LinkedHashMap<>();
            for (ImportedArtifact a : analysis.evidence().artifacts()) {
                String host = a.artifact().host();
                TreeItem<String> hostItem = hosts.computeIfAbsent(host, h -> {
                    TreeItem<String> item = new TreeItem<>(roleOf(analysis, h));
                    item.setExpanded(true);
                    return item;
                });
                hostItem.getChildren().add(new TreeItem<>(describe(a)));
            }
            for (var c : analysis.evidence().captures()) {
                TreeItem<String> hostItem = hosts.computeIfAbsent(c.artifact().host(), h -> {
                    TreeItem<String> item = new TreeItem<>(roleOf(analysis, h));
                    item.setExpanded(true);
                    return item;
                });
                String name = c.artifact().id().value();
                hostItem.getChildren().add(0, new TreeItem<>(name.substring(name.indexOf('/') + 1) + "  · capture, "
                        + c.sightings().packets() + " packets" + (c.diagnostics().isEmpty() ? "" : "  ⚠ " + c.diagnostics().size())));
            }
            root.getChildren().setAll(List.copyOf(hosts.values()));
        }
        setRoot(root);
    }

    private static String roleOf(CaseAnalysis analysis, String host) {
        if (host.equals(analysis.client())) {
            return host + "  (client)";
        }
        return host.equals(analysis.server()) ? host + "  (server)" : host;
    }

    private static String describe(ImportedArtifact a) {
        String name = a.artifact().id().value();
        name = name.substring(name.indexOf('/') + 1);
        long problems = a.diagnostics().size();
        return name + "  · " + a.artifact().format() + ", " + a.understood() + " items"
                + (problems > 0 ? "  ⚠ " + problems : "");
    }
}
