package dev.bothways.analysis;

import dev.bothways.importers.ImportedArtifact;
import dev.bothways.capture.match.CrossCaptureMatch;
import dev.bothways.model.ClockOffset;
import dev.bothways.model.FiveTuple;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import dev.bothways.analysis.boundaries.BoundaryKind;
import java.util.stream.Stream;

/**
 * Everything analysis gets for one case: the imported text artifacts, the captures, and what the
 * case says of itself (which host is the client, which the server, the flow of interest, clock
 * offsets the user knows). Empty roles are inferred.
 */
public record CaseEvidence(String name, Optional<String> client, Optional<String> server,
                           Optional<FiveTuple> flow, List<ImportedArtifact> artifacts,
                           List<CaptureArtifact> captures, Map<String, Double> knownClockOffsets,
                           Map<String, Set<BoundaryKind>> markedBoundaries, Optional<CrossCaptureMatch> matching) {
    public CaseEvidence {
        markedBoundaries = Map.copyOf(markedBoundaries);
        artifacts = List.copyOf(artifacts);
        captures = List.copyOf(captures);
        knownClockOffsets = Map.copyOf(knownClockOffsets);
    }

    /** The clock offsets estimated from packets matched across the captures (empty without matching). */
    public List<ClockOffset> estimatedClockOffsets() {
        return matching.map(CrossCaptureMatch::offsets).orElse(List.of());
    }

    public CaseEvidence(String name, Optional<String> client, Optional<String> server, Optional<FiveTuple> flow,
                        List<ImportedArtifact> artifacts) {
        this(name, client, server, flow, artifacts, List.of(), Map.of(), Map.of(), Optional.empty());
    }

    public CaseEvidence withFlow(Optional<FiveTuple> chosen) {
        return new CaseEvidence(name, client, server, chosen, artifacts, captures, knownClockOffsets, markedBoundaries,
                matching);
    }

    /** The hosts that contributed artifacts or captures, in the order they were read. */
    public List<String> hosts() {
        return Stream.concat(artifacts.stream().map(a -> a.artifact().host()),
                        captures.stream().map(c -> c.artifact().host()))
                .filter(h -> !h.equals("case")).distinct().sorted().toList();
    }
}
