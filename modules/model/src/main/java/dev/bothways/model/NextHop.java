package dev.bothways.model;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * One way out of a route: a gateway, a device, or both, with its ECMP weight (1 when the tool
 * printed none) and flags such as {@code onlink}, {@code linkdown}, {@code dead}.
 */
public record NextHop(Optional<InetAddress> gateway, Optional<String> device, int weight, List<String> flags) {
    public NextHop {
        if (weight < 1) {
            throw new IllegalArgumentException("a next-hop weight is at least 1: " + weight);
        }
        flags = List.copyOf(flags);
    }

    public boolean linkDown() {
        return flags.contains("linkdown") || flags.contains("dead");
    }
}
