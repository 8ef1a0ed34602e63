package dev.bothways.importers.iproute;

import java.util.Arrays;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The whitespace-separated words of one line, found by hand and kept as positions: a word becomes
 * a {@code String} only when a caller asks for it, and keywords are recognised in place
 * ({@link #keyword}). No regex and no garbage per keyword, since a full routing table is a
 * million lines.
 */
final class Tokens {
    private String line = "";
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private int count;
    private boolean indented;

    /** Splits {@code text}; returns the number of words. */
    int split(String text) {
        line = text;
        count = 0;
        int n = text.length();
        indented = n > 0 && (text.charAt(0) == ' ' || text.charAt(0) == '\t');
        int i = 0;
        while (i < n) {
            while (i < n && isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) {
                i++;
            }
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            starts[count] = start;
            ends[count++] = i;
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
        return line.substring(starts[i], ends[i]);
    }

    /** True when word {@code i} is {@code text}, compared in place. */
    boolean is(int i, String text) {
        int length = ends[i] - starts[i];
        return length == text.length() && line.regionMatches(starts[i], text, 0, length);
    }

    /** Word {@code i} as the matching constant of {@code words}, or null when it is none of them. */
    @Nullable String keyword(int i, Keywords words) {
        return words.find(line, starts[i], ends[i]);
    }

    /** True when the line started with a space or tab: a continuation of the line before. */
    boolean indented() {
        return indented;
    }

    /** A fixed set of keywords, looked up by a region of a line without making a string of it. */
    static final class Keywords {
        private final String[][] byLength = new String[32][];

        Keywords(Set<String> words) {
            for (String word : words) {
                String[] bucket = byLength[word.length()];
                bucket = bucket == null ? new String[1] : Arrays.copyOf(bucket, bucket.length + 1);
                bucket[bucket.length - 1] = word;
                byLength[word.length()] = bucket;
            }
        }

        @Nullable String find(String line, int start, int end) {
            int length = end - start;
            String[] bucket = length < byLength.length ? byLength[length] : null;
            if (bucket == null) {
                return null;
            }
            for (String word : bucket) {
                if (word.charAt(0) == line.charAt(start) && line.regionMatches(start, word, 0, length)) {
                    return word;
                }
            }
            return null;
        }
    }
}
