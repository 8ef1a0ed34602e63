package dev.bothways.casefile;

import dev.bothways.analysis.CaptureArtifact;
import dev.bothways.analysis.CaseEvidence;
import dev.bothways.analysis.FlowChooser;
import dev.bothways.analysis.evidence.CaseInventory;
import dev.bothways.capture.match.CaptureInput;
import dev.bothways.capture.match.CrossCaptureMatch;
import dev.bothways.capture.match.CrossCaptureMatcher;
import dev.bothways.capture.match.NatMapping;
import dev.bothways.analysis.evidence.FlowIdentity;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches the flow's packets across the case's captures: each packet's trail, the observations,
 * and every capture's clock offset. It reads the files again, so it lives here with the other
 * file work, not in analysis. The client's capture, when there is one, is the reference.
 */
final class CaptureMatching {
    private CaptureMatching() {
    }

    static CaseEvidence match(CaseEvidence evidence, Path folder, Progress progress) {
        if (evidence.captures().size() < 2 || progress.cancelled()) {
            return evidence;
        }
        Optional<FiveTuple> flow = evidence.flow().or(() -> FlowChooser.choose(CaseInventory.of(evidence), evidence.client()));
        if (flow.isEmpty()) {
            return evidence;
        }
        String client = evidence.client().orElse("client");
        List<CaptureArtifact> ordered = new ArrayList<>(evidence.captures());
        ordered.sort(Comparator.comparing((CaptureArtifact c) -> !c.artifact().host().equals(client)));
        List<CaptureInput> inputs = new ArrayList<>();
        List<String> points = new ArrayList<>();
        for (CaptureArtifact c : ordered) {
            if (!points.contains(c.artifact().host())) {
                points.add(c.artifact().host());
                Optional<CaptureInput.Running> running = c.artifact().collectedAt()
                        .flatMap(from -> c.until().map(until -> new CaptureInput.Running(from, until)));
                inputs.add(new CaptureInput(c.artifact().host(), folder.resolve(c.artifact().id().value()),
                        c.artifact().id(), c.filter(), running));
            }
        }
        List<NatMapping> nat = FlowIdentity.of(flow.get(), CaseInventory.of(evidence)).translations().values().stream()
                .map(t -> new NatMapping(flow.get(), t.translated().reversed())).toList();
        try {
            CrossCaptureMatch match = CrossCaptureMatcher.match(inputs, List.of(flow.get()), nat, Map.of(), progress);
            return new CaseEvidence(evidence.name(), evidence.client(), evidence.server(), evidence.flow(),
                    evidence.artifacts(), evidence.captures(), evidence.knownClockOffsets(), evidence.markedBoundaries(),
                    Optional.of(match));
        } catch (IOException e) {
            return evidence;
        }
    }
}
