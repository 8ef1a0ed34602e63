package dev.bothways.model;

/**
 * Whether a capture point saw a packet: {@link #SEEN}; {@link #NOT_SEEN}, a negative that is
 * earned (the capture was running, its filter matched and it reported no drops); or
 * {@link #UNKNOWABLE}, absent but the point could not have been sure to see it.
 */
public enum Visibility {
    SEEN, NOT_SEEN, UNKNOWABLE
}
