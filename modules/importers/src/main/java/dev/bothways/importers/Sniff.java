package dev.bothways.importers;

import java.util.List;

/**
 * The head of an artifact that detection may look at: its file name and its first lines (after
 * any collector header), at most {@link #LIMIT} characters. Detectors read nothing else.
 */
public record Sniff(String fileName, String head, String commandLine) {
    public static final int LIMIT = 16 * 1024;

    public Sniff {
        head = head.length() > LIMIT ? head.substring(0, LIMIT) : head;
    }

    public List<String> lines() {
        return head.lines().toList();
    }

    /** The first line that is not blank, stripped; empty when there is none. */
    public String firstLine() {
        return head.lines().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }
}
