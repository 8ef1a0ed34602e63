package dev.bothways.analysis.routing;

import dev.bothways.model.FiveTuple;
import java.util.Optional;

/**
 * A packet as routing sees it.
 *
 * @param inputInterface the interface it arrived on; empty when the host itself sends it (the
 *                       output route lookup, where the kernel matches {@code iif lo})
 * @param mark           its netfilter mark ({@code fwmark}), 0 when unmarked
 */
public record RoutedPacket(FiveTuple tuple, Optional<String> inputInterface, long mark) {
    /** A packet the host sends itself, unmarked. */
    public static RoutedPacket sent(FiveTuple tuple) {
        return new RoutedPacket(tuple, Optional.empty(), 0);
    }

    /** A packet arriving on {@code inputInterface}, unmarked. */
    public static RoutedPacket arriving(FiveTuple tuple, String inputInterface) {
        return new RoutedPacket(tuple, Optional.of(inputInterface), 0);
    }

    public boolean locallyGenerated() {
        return inputInterface.isEmpty();
    }
}
