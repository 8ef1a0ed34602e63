package dev.bothways.model;

import java.util.Locale;
import java.util.Optional;

/** IP protocols Bothways reasons about; everything else is {@link #OTHER}. */
public enum Protocol {
    TCP(6), UDP(17), ICMP(1), ICMPV6(58), OTHER(-1);

    private static final Protocol[] ALL = values();

    private final int number;
    private final String label;

    Protocol(int number) {
        this.number = number;
        this.label = name().toLowerCase(Locale.ROOT);
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }

    public static Protocol ofNumber(int number) {
        for (Protocol p : ALL) {
            if (p.number == number) {
                return p;
            }
        }
        return OTHER;
    }

    public static Optional<Protocol> ofLabel(String label) {
        for (Protocol p : values()) {
            if (p != OTHER && p.label().equalsIgnoreCase(label)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
