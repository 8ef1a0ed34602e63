package dev.bothways.model;

import java.util.Objects;

/**
 * How far one capture point's clock is ahead of the reference point's: a time T on the
 * reference clock reads {@code T + offsetNanos} at this point, give or take
 * {@code uncertaintyNanos}. {@code samples} matched packets support an estimate; a manual offset
 * has none.
 */
public record ClockOffset(String capturePoint, String reference, long offsetNanos, long uncertaintyNanos,
                          int samples, Source source) {

    /** Where an offset came from. */
    public enum Source {
        /** From packets seen both ways at both points: (forward delay − return delay) / 2. */
        BOTH_LANES,
        /** From packets of one lane only: includes the one-way delay, so the uncertainty is larger. */
        ONE_LANE,
        /** Given by the user; overrides any estimate. */
        MANUAL,
        /** No packet matched the reference: the clocks are assumed in step, to within a second. */
        ASSUMED,
        /** The reference itself. */
        REFERENCE
    }

    public ClockOffset {
        Objects.requireNonNull(capturePoint, "capturePoint");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(source, "source");
    }
}
