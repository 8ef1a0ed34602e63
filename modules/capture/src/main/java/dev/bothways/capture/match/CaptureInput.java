package dev.bothways.capture.match;

import dev.bothways.model.ArtifactId;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One capture to match: the capture point it stands for ("client", "fw1 eth0"), its file, its
 * artifact id, and the capture filter when it is known from elsewhere than the file (the
 * collector's command line, for a pcap converted to pcapng); it then wins over {@code if_filter}.
 */
public record CaptureInput(String point, Path file, ArtifactId artifact, Optional<String> filter) {
    public CaptureInput {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(filter, "filter");
    }

    /** A capture whose file says all there is to know about its filter. */
    public CaptureInput(String point, Path file, ArtifactId artifact) {
        this(point, file, artifact, Optional.empty());
    }
}
