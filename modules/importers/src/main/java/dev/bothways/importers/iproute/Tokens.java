package dev.bothways.importers.iproute;

import java.util.Arrays;

/**
 * The whitespace-separated words of one line, split by hand into a reused array: no regex and no
 * list per line, since a full routing table is a million lines.
 */
final class Tokens {
    private String[] words = new String[32];
    private int count;
    private boolean indented;

    /** Splits {@code line}; returns the number of words. */
    int split(String line) {
        count = 0;
        int n = line.length();
        indented = n > 0 && (line.charAt(0) == ' ' || line.charAt(0) == '\t');
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !isSpace(line.charAt(i))) {
                i++;
            }
            if (count == words.length) {
                words = Arrays.copyOf(words, count * 2);
            }
            words[count++] = line.substring(start, i);
        }
        return count;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\f';
    }

    int count() {
        return count;
    }

    String get(int i) {
        return words[i];
    }

    /** True when the line started with a space or tab: a continuation of the line before. */
    boolean indented() {
        return indented;
    }
}
