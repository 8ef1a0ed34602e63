package dev.bothways.model.netfilter;

import java.util.Locale;
import java.util.Optional;

/** What a rule or a chain policy does with a packet in the end. */
public enum VerdictKind {
    ACCEPT, DROP, REJECT, RETURN, JUMP, GOTO, QUEUE, CONTINUE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<VerdictKind> ofLabel(String label) {
        for (VerdictKind v : values()) {
            if (v.name().equalsIgnoreCase(label)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
