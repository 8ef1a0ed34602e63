package dev.bothways.capture.read;

import java.util.OptionalLong;

/**
 * An Interface Statistics Block: what the capturing host counted for one interface up to
 * {@code timestampNanos}. Each count is present only when the block states it; {@code dropped}
 * is {@code isb_ifdrop}, {@code osDropped} is {@code isb_osdrop}.
 */
public record InterfaceStatistics(int interfaceIndex, long timestampNanos, long offset,
                                  OptionalLong startNanos, OptionalLong endNanos,
                                  OptionalLong received, OptionalLong dropped,
                                  OptionalLong filterAccepted, OptionalLong osDropped,
                                  OptionalLong delivered) {

    /** Packets lost by the interface or the OS, when the block says; empty when it says neither. */
    public OptionalLong totalDropped() {
        if (dropped.isEmpty() && osDropped.isEmpty()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(dropped.orElse(0) + osDropped.orElse(0));
    }
}
