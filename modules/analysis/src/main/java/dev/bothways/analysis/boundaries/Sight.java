package dev.bothways.analysis.boundaries;

/** Whether a node saw a packet: yes, provably not (a capture ran and could have), or nothing says. */
public enum Sight {
    SEEN, NOT_SEEN, UNKNOWN;

    public String label() {
        return switch (this) {
            case SEEN -> "saw";
            case NOT_SEEN -> "did not see";
            case UNKNOWN -> "cannot say whether it saw";
        };
    }
}
