package dev.bothways.model.netfilter;

import java.util.Optional;

/** Bracketed flags of a conntrack entry: {@code [UNREPLIED]} means no reply was ever seen. */
public enum ConntrackFlag {
    UNREPLIED, ASSURED, OFFLOAD, HW_OFFLOAD;

    public static Optional<ConntrackFlag> ofLabel(String label) {
        for (ConntrackFlag f : values()) {
            if (f.name().equals(label)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
