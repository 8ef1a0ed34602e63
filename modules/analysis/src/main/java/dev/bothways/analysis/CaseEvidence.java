package dev.bothways.analysis;

import dev.bothways.importers.ImportedArtifact;
import dev.bothways.model.FiveTuple;
import java.util.List;
import java.util.Optional;

/**
 * Everything analysis gets for one case: the imported artifacts and what the case says of itself
 * (which host is the client, which the server, the flow of interest). Empty roles are inferred.
 */
public record CaseEvidence(String name, Optional<String> client, Optional<String> server,
                           Optional<FiveTuple> flow, List<ImportedArtifact> artifacts) {
    public CaseEvidence {
        artifacts = List.copyOf(artifacts);
    }

    /** The hosts that contributed artifacts, in the order they were read. */
    public List<String> hosts() {
        return artifacts.stream().map(a -> a.artifact().host()).distinct().toList();
    }
}
