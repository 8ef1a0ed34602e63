package dev.bothways.model.netfilter;

import java.util.Optional;

/** Conntrack status bits a rule can match ({@code ct status}, {@code --ctstatus}). */
public enum CtStatus {
    EXPECTED, SEEN_REPLY, ASSURED, CONFIRMED, SNAT, DNAT, DYING;

    /** {@code seen-reply} (nft) or {@code SEEN_REPLY} (iptables). */
    public static Optional<CtStatus> ofLabel(String label) {
        String name = label.replace('-', '_');
        for (CtStatus s : values()) {
            if (s.name().equalsIgnoreCase(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
