package dev.bothways.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one capture point could have seen: the time it ran (its own clock, nanoseconds since the
 * epoch), the capture filter its file states ({@code if_filter}; empty when the file says
 * nothing, as pcap files never do) and the packets it reported dropped (interface statistics;
 * empty when not reported).
 */
public record CaptureCoverage(String capturePoint, ArtifactId artifact, Optional<String> interfaceName,
                              long startNanos, long endNanos, Optional<String> filter, OptionalLong dropped) {
    public CaptureCoverage {
        Objects.requireNonNull(capturePoint, "capturePoint");
        Objects.requireNonNull(artifact, "artifact");
    }

    /** Whether the capture ran at {@code nanos} (its own clock), with {@code marginNanos} to spare on both sides. */
    public boolean running(long nanos, long marginNanos) {
        return nanos - marginNanos >= startNanos && nanos + marginNanos <= endNanos;
    }
}
