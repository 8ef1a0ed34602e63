package dev.bothways.analysis.routing;

import java.util.Optional;

/** The kernel's reverse-path filter modes ({@code net.ipv4.conf.*.rp_filter}). */
public enum RpFilterMode {
    /** 0: no check. */
    OFF,
    /** 1: the route back to the source must leave by the interface the packet came in on. */
    STRICT,
    /** 2: some usable route back to the source must exist. */
    LOOSE;

    /** The mode a sysctl value names; empty for values the kernel does not define. */
    public static Optional<RpFilterMode> ofValue(long value) {
        return switch ((int) Math.min(value, Integer.MAX_VALUE)) {
            case 0 -> Optional.of(OFF);
            case 1 -> Optional.of(STRICT);
            case 2 -> Optional.of(LOOSE);
            default -> Optional.empty();
        };
    }

    /** The sysctl value of the mode (0, 1, 2); the kernel takes the larger of {@code all} and the interface's. */
    public int value() {
        return ordinal();
    }
}
