package dev.bothways.model;

/** Where a piece of evidence came from: lines of a text artifact or packets of a capture. */
public sealed interface Provenance permits ArtifactLines, PacketRef {
    ArtifactId artifact();
}
