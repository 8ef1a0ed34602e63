package dev.bothways.capture.match;

import dev.bothways.model.ArtifactId;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One capture to match: the capture point it stands for ("client", "fw1 eth0"), its file, its
 * artifact id, and what is known about it from elsewhere than the file (the collector's header):
 * the capture filter, which wins over {@code if_filter} (a pcap converted to pcapng keeps none),
 * and when the capture ran, which widens the window its packets and statistics show (a capture
 * that saw nothing for a while was still running).
 */
public record CaptureInput(String point, Path file, ArtifactId artifact, Optional<String> filter,
                           Optional<Running> running) {

    /** When the capture ran, in the capture host's clock, as its collector recorded it. */
    public record Running(Instant from, Instant until) {
        public Running {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
        }
    }

    public CaptureInput {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(running, "running");
    }

    /** A capture whose file says all there is to know about it. */
    public CaptureInput(String point, Path file, ArtifactId artifact) {
        this(point, file, artifact, Optional.empty(), Optional.empty());
    }
}
