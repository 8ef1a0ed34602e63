package dev.bothways.capture.detail;

import java.util.List;
import java.util.Optional;

/**
 * One line of the packet detail tree, as Wireshark writes it: {@code Time to Live: 63}, or for a
 * field of a few bits {@code .1.. .... = Don't fragment: Set}; with the bytes of the packet it was
 * read from, so the hex dump can show them, and the lines under it.
 *
 * @param bits     the bits of its bytes it covers, Wireshark-style ({@code 0100 ....}), when it is a bit field
 * @param value    empty for a line that only names what follows ({@code TCP payload (12 bytes)})
 * @param offset   where its bytes start, from the first byte of the packet
 * @param length   how many bytes it covers; 0 for a line about no bytes
 */
public record DetailField(Optional<String> bits, String name, String value, int offset, int length,
                          List<DetailField> children) {
    public DetailField {
        children = List.copyOf(children);
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("a field covers bytes " + offset + " +" + length);
        }
    }

    public static DetailField of(String name, String value, int offset, int length) {
        return new DetailField(Optional.empty(), name, value, offset, length, List.of());
    }

    /** The line as the tree shows it. */
    public String text() {
        return bits.map(b -> b + " = ").orElse("") + name + (value.isEmpty() ? "" : ": " + value);
    }

    /** Whether byte {@code index} of the packet is one of its bytes. */
    public boolean covers(int index) {
        return index >= offset && index < offset + length;
    }

    @Override
    public String toString() {
        return text();
    }
}
