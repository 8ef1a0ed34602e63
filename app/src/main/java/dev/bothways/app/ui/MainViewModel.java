package dev.bothways.app.ui;

import dev.bothways.analysis.CaseAnalysis;
import dev.bothways.analysis.CaseAnalyzer;
import dev.bothways.casefile.CaseFolder;
import dev.bothways.model.Provenance;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's state and actions: the open case and its analysis, what is selected and the
 * evidence behind it, and the progress of work under way. Touches no control.
 */
public final class MainViewModel {
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<CaseAnalysis> analysis = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Path> caseFolder = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Selection> selection = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<List<EvidenceExcerpt>> excerpts = new ReadOnlyObjectWrapper<>(List.of());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("Open a case folder to begin (File ▸ Open case…)");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<java.util.Optional<String>> narrative = new ReadOnlyObjectWrapper<>(java.util.Optional.empty());
    private TaskRunner.Running running;

    public MainViewModel(TaskRunner runner) {
        this.runner = runner;
        selection.addListener((obs, old, now) -> loadExcerpts(now));
    }

    public void openCase(Path folder) {
        cancel();
        busy.set(true);
        status.set("Reading " + folder + " …");
        running = runner.run(
                p -> new CaseAnalyzer().analyze(CaseFolder.standard().load(folder, p)),
                progress::set,
                result -> {
                    busy.set(false);
                    caseFolder.set(folder);
                    selection.set(null);
                    analysis.set(result);
                    // Open on the verdict's evidence: what the engineer reads first.
                    result.findings().stream().findFirst().ifPresent(f -> selection.set(new Selection.OfFinding(f)));
                    loadNarrative(folder);
                    long problems = result.evidence().artifacts().stream().mapToLong(a -> a.diagnostics().size()).sum()
                            + result.evidence().captures().stream().mapToLong(c -> c.diagnostics().size()).sum();
                    status.set(result.evidence().name() + ": " + result.evidence().artifacts().size() + " artifacts from "
                            + result.evidence().hosts().size() + " hosts, " + problems + " diagnostics");
                },
                error -> {
                    busy.set(false);
                    status.set("Could not open " + folder + ": " + error.getMessage());
                });
    }

    public void cancel() {
        if (running != null) {
            running.cancel();
            running = null;
        }
        if (busy.get()) {
            busy.set(false);
            status.set("Cancelled");
        }
    }

    /** The case's own story ({@code narrative.md}), when it has one. */
    private void loadNarrative(Path folder) {
        Path file = folder.resolve("narrative.md");
        runner.run(p -> java.nio.file.Files.isRegularFile(file)
                        ? java.util.Optional.of(java.nio.file.Files.readString(file)) : java.util.Optional.<String>empty(),
                f -> { }, narrative::set, e -> narrative.set(java.util.Optional.empty()));
    }

    private void loadExcerpts(Selection chosen) {
        Path folder = caseFolder.get();
        List<Provenance> cited = switch (chosen) {
            case null -> List.of();
            case Selection.OfNode n -> citations(n.node());
            case Selection.OfLink l -> l.link().evidence();
            case Selection.OfFinding f -> f.finding().evidence();
            case Selection.OfPacket p -> p.step().trail().sightings().values().stream()
                    .flatMap(List::stream).map(s -> (Provenance) s.packet()).toList();
        };
        if (folder == null || cited.isEmpty()) {
            excerpts.set(List.of());
            return;
        }
        List<dev.bothways.analysis.CaptureArtifact> captures = analysis.get() == null ? List.of()
                : analysis.get().evidence().captures();
        runner.run(p -> cited.stream().limit(20).map(c -> EvidenceExcerpt.read(folder, c, captures)).toList(),
                f -> { }, excerpts::set, e -> excerpts.set(List.of()));
    }

    /** What the inspector cites for a node: its state-boundary evidence (drops first), then its own. */
    private List<Provenance> citations(dev.bothways.model.Node node) {
        List<Provenance> cited = new java.util.ArrayList<>();
        CaseAnalysis current = analysis.get();
        if (current != null) {
            current.boundaries().stream().filter(b -> b.boundary().node().equals(node.id())).forEach(b -> {
                cited.addAll(b.drops());
                cited.addAll(b.replyEvidence());
                cited.addAll(b.openingEvidence());
                cited.addAll(b.boundary().evidence());
            });
        }
        cited.addAll(node.evidence());
        return cited.stream().distinct().toList();
    }

    /** The verdict line of the state boundary at {@code node}, when it is one. */
    public java.util.Optional<String> boundaryVerdict(dev.bothways.model.NodeId node) {
        CaseAnalysis current = analysis.get();
        return current == null ? java.util.Optional.empty() : current.boundaries().stream()
                .filter(b -> b.boundary().node().equals(node)).map(b -> b.line()).findFirst();
    }

    /** Runs work off the FX thread for the window's other view models. */
    TaskRunner runner() {
        return runner;
    }

    public ReadOnlyObjectProperty<CaseAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> caseFolderProperty() {
        return caseFolder.getReadOnlyProperty();
    }

    public ObjectProperty<Selection> selectionProperty() {
        return selection;
    }

    public ReadOnlyObjectProperty<java.util.Optional<String>> narrativeProperty() {
        return narrative.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<EvidenceExcerpt>> excerptsProperty() {
        return excerpts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
