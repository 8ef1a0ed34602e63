package dev.bothways.importers;

/** One candidate format for an artifact and how sure detection is. */
public record Detection(ArtifactFormat<?> format, MatchStrength strength) {
    public double confidence() {
        return strength.confidence();
    }
}
