package dev.bothways.analysis;

import dev.bothways.capture.packets.CapturedPackets;
import dev.bothways.importers.Diagnostic;
import dev.bothways.model.Artifact;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One capture of the case: where it was taken, what it saw, what went wrong reading it, and, when
 * its collector recorded them, the capture filter and when the capture stopped (it started at
 * the artifact's collection time).
 */
public record CaptureArtifact(Artifact artifact, CapturedPackets sightings, List<Diagnostic> diagnostics,
                              Optional<String> filter, Optional<Instant> until) {
    private static final Pattern TCPDUMP_FILTER = Pattern.compile("\\btcpdump\\b.*?'([^']*)'");

    /** The filter of a {@code tcpdump ... 'FILTER'} command line. */
    public static Optional<String> filterOf(Optional<String> commandLine) {
        return commandLine.map(TCPDUMP_FILTER::matcher).filter(Matcher::find).map(m -> m.group(1));
    }

    /** Whether the capture was running at {@code at}, as far as its collector recorded. */
    public boolean running(Instant at) {
        return artifact.collectedAt().filter(from -> !at.isBefore(from)).isPresent()
                && until.filter(end -> !at.isAfter(end)).isPresent();
    }

    public CaptureArtifact {
        diagnostics = List.copyOf(diagnostics);
    }
}
