package dev.bothways.importers;

/**
 * How sure a format is that a text is its own, after a bounded look at its head (after Jackson's
 * {@code MatchStrength}): an exact signature is {@link #FULL}, a heuristic at most {@link #SOLID}.
 */
public enum MatchStrength {
    NO_MATCH(0.0), INCONCLUSIVE(0.2), WEAK(0.5), SOLID(0.8), FULL(0.97);

    private final double confidence;

    MatchStrength(double confidence) {
        this.confidence = confidence;
    }

    public double confidence() {
        return confidence;
    }
}
