package dev.bothways.capture.match;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.model.CaptureCoverage;
import dev.bothways.model.ClockOffset;
import dev.bothways.model.Observation;
import java.util.List;
import java.util.Map;

/**
 * The result of matching captures: each point's clock offset to the reference and coverage, every
 * packet followed across the points in time order, the observations (one per packet and capture
 * point: those of trail {@code i} are {@code observations[i * points .. (i + 1) * points)}, in the
 * order of {@code coverage}), and each capture's diagnostics by point.
 */
public record CrossCaptureMatch(String reference, List<ClockOffset> offsets, List<CaptureCoverage> coverage,
                                List<PacketTrail> trails, List<Observation> observations,
                                Map<String, List<CaptureDiagnostic>> diagnostics) {
    public CrossCaptureMatch {
        offsets = List.copyOf(offsets);
        coverage = List.copyOf(coverage);
        trails = List.copyOf(trails);
        observations = List.copyOf(observations);
        diagnostics = Map.copyOf(diagnostics);
    }

    /** The observations of trail {@code index}, one per capture point in the order of {@link #coverage()}. */
    public List<Observation> observationsOf(int index) {
        int points = coverage.size();
        return observations.subList(index * points, (index + 1) * points);
    }
}
