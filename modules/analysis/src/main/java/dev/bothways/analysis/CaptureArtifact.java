package dev.bothways.analysis;

import dev.bothways.capture.sighting.CaptureSightings;
import dev.bothways.importers.Diagnostic;
import dev.bothways.model.Artifact;
import java.util.List;

/** One capture of the case: where it was taken, what it saw, and what went wrong reading it. */
public record CaptureArtifact(Artifact artifact, CaptureSightings sightings, List<Diagnostic> diagnostics) {
    public CaptureArtifact {
        diagnostics = List.copyOf(diagnostics);
    }
}
