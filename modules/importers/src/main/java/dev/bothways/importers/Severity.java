package dev.bothways.importers;

import java.util.Locale;

/** How much a diagnostic matters to the user. */
public enum Severity {
    ERROR, WARNING, NOTE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
