package dev.bothways.model.netfilter;

import java.util.Locale;
import java.util.Optional;

/** Where in the packet path a base chain is attached. */
public enum Hook {
    PREROUTING, INPUT, FORWARD, OUTPUT, POSTROUTING, INGRESS, EGRESS;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code "input"} (nft) or {@code "INPUT"} (an iptables built-in chain). */
    public static Optional<Hook> ofLabel(String label) {
        for (Hook h : values()) {
            if (h.name().equalsIgnoreCase(label)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }
}
