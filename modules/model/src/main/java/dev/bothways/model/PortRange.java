package dev.bothways.model;

/** An inclusive range of ports or user ids ({@code dport 443}, {@code uidrange 1000-1999}). */
public record PortRange(long first, long last) {
    public PortRange {
        if (first < 0 || last < first) {
            throw new IllegalArgumentException("bad range " + first + "-" + last);
        }
    }

    public boolean contains(long value) {
        return value >= first && value <= last;
    }

    @Override
    public String toString() {
        return first == last ? Long.toString(first) : first + "-" + last;
    }
}
