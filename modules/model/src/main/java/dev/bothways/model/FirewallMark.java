package dev.bothways.model;

/** A netfilter packet mark and the mask a rule compares it under ({@code fwmark 0x10/0xff}). */
public record FirewallMark(long value, long mask) {
    public static final long ALL_BITS = 0xffffffffL;

    public boolean matches(long mark) {
        return (mark & mask) == (value & mask);
    }

    @Override
    public String toString() {
        return mask == ALL_BITS ? "0x" + Long.toHexString(value)
                : "0x" + Long.toHexString(value) + "/0x" + Long.toHexString(mask);
    }
}
