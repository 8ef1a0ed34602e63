package dev.bothways.casefile;

import dev.bothways.model.FiveTuple;
import java.util.Optional;

/** What a case folder's optional {@code case.json} says: the roles and the flow of interest. */
public record CaseManifest(Optional<String> client, Optional<String> server, Optional<FiveTuple> flow) {
    public static CaseManifest empty() {
        return new CaseManifest(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
