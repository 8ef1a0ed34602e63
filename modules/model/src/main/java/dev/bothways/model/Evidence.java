package dev.bothways.model;

/** One fact taken from an artifact, always with its provenance. */
public record Evidence<T>(T fact, Provenance provenance) {
}
