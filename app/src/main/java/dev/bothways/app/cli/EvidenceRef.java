package dev.bothways.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.PacketRef;
import dev.bothways.model.Provenance;
import java.util.List;

/** One citation as the JSON prints it: {@code {artifact, lines:[first,last]}} or {@code {artifact, packets:[n]}}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EvidenceRef(String artifact, List<Integer> lines, List<Long> packets) {
    static EvidenceRef of(Provenance provenance) {
        return switch (provenance) {
            case ArtifactLines l -> new EvidenceRef(l.artifact().value(), List.of(l.firstLine(), l.lastLine()), null);
            case PacketRef p -> new EvidenceRef(p.artifact().value(), null, List.of(p.number()));
        };
    }

    static List<EvidenceRef> all(List<Provenance> provenance) {
        return provenance.stream().map(EvidenceRef::of).toList();
    }
}
