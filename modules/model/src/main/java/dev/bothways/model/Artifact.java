package dev.bothways.model;

import java.time.Instant;
import java.util.Optional;

/**
 * One imported input: a file or pasted text, with the host it was collected on, its capture
 * point, the command line that produced it and when.
 *
 * @param format the id of the format it was read as ("traceroute", "ip-route-json", "pcapng")
 */
public record Artifact(ArtifactId id, String host, String format,
                       Optional<String> commandLine, Optional<Instant> collectedAt) {
}
