package dev.bothways.model;

import java.util.Locale;
import java.util.Optional;

/** The kernel's route types, as {@code ip route} prints them; {@link #UNICAST} when none is printed. */
public enum RouteType {
    UNICAST, LOCAL, BROADCAST, MULTICAST, ANYCAST, BLACKHOLE, UNREACHABLE, PROHIBIT, THROW, NAT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named {@code label} ("blackhole"), if it is one. */
    public static Optional<RouteType> ofLabel(String label) {
        return switch (label) {
            case "unicast" -> Optional.of(UNICAST);
            case "local" -> Optional.of(LOCAL);
            case "broadcast" -> Optional.of(BROADCAST);
            case "multicast" -> Optional.of(MULTICAST);
            case "anycast" -> Optional.of(ANYCAST);
            case "blackhole" -> Optional.of(BLACKHOLE);
            case "unreachable" -> Optional.of(UNREACHABLE);
            case "prohibit" -> Optional.of(PROHIBIT);
            case "throw" -> Optional.of(THROW);
            case "nat" -> Optional.of(NAT);
            default -> Optional.empty();
        };
    }

    /** True when a packet matching the route is dropped here rather than forwarded or delivered. */
    public boolean drops() {
        return this == BLACKHOLE || this == UNREACHABLE || this == PROHIBIT;
    }
}
