package dev.bothways.capture.match;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.model.CaptureCoverage;
import dev.bothways.model.ClockOffset;
import dev.bothways.model.Observation;
import java.util.List;
import java.util.Map;

/**
 * The result of matching captures: each point's clock offset to the reference and coverage, every
 * packet followed across the points, the observations (one per packet and point), and each
 * capture's diagnostics by point.
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
}
