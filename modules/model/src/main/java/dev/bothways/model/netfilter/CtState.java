package dev.bothways.model.netfilter;

import java.util.Locale;
import java.util.Optional;

/** Conntrack states a rule can match ({@code ct state}, {@code -m conntrack --ctstate}, {@code -m state --state}). */
public enum CtState {
    NEW, ESTABLISHED, RELATED, INVALID, UNTRACKED, SNAT, DNAT;

    public static Optional<CtState> ofLabel(String label) {
        for (CtState s : values()) {
            if (s.name().equalsIgnoreCase(label)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
