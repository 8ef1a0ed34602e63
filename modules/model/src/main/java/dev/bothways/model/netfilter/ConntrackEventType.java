package dev.bothways.model.netfilter;

import java.util.Optional;

/** What {@code conntrack -E} reports happening to an entry. */
public enum ConntrackEventType {
    NEW, UPDATE, DESTROY;

    public static Optional<ConntrackEventType> ofLabel(String label) {
        for (ConntrackEventType t : values()) {
            if (t.name().equals(label)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
