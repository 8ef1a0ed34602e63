package dev.bothways.analysis.lanes;

import dev.bothways.model.ArtifactId;
import dev.bothways.model.Trace;

/** A traced path together with the host it was taken on and the artifact it came from. */
public record HostTrace(String host, ArtifactId artifact, Trace trace) {
}
