package dev.bothways.capture.match;

import dev.bothways.model.ArtifactId;
import java.nio.file.Path;
import java.util.Objects;

/** One capture to match: the capture point it stands for ("client", "fw1 eth0"), its file, its artifact id. */
public record CaptureInput(String point, Path file, ArtifactId artifact) {
    public CaptureInput {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(artifact, "artifact");
    }
}
