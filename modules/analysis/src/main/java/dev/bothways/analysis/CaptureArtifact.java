package dev.bothways.analysis;

import dev.bothways.capture.packets.CapturedPackets;
import dev.bothways.importers.Diagnostic;
import dev.bothways.model.Artifact;
import java.util.List;

/** One capture of the case: where it was taken, what it saw, and what went wrong reading it. */
public record CaptureArtifact(Artifact artifact, CapturedPackets sightings, List<Diagnostic> diagnostics) {
    public CaptureArtifact {
        diagnostics = List.copyOf(diagnostics);
    }
}
