package dev.bothways.capture.detail;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Collects the fields of one layer (or of one field's subtree), given at offsets relative to where
 * the layer starts in the packet, and reads the layer's bytes for the fields pcap4j does not name.
 */
final class LayerBuilder {
    /** How many bytes a hex-valued field shows before it ends in an ellipsis, as Wireshark does. */
    private static final int HEX_SHOWN = 36;

    private final byte[] data;
    private final int base;
    private final List<DetailField> fields = new ArrayList<>();

    LayerBuilder(byte[] data, int base) {
        this.data = data;
        this.base = base;
    }

    byte[] data() {
        return data;
    }

    int base() {
        return base;
    }

    /** Bytes of the packet from {@code at} (relative to the layer) to its end; 0 when past it. */
    int available(int at) {
        return Math.max(0, data.length - base - at);
    }

    int u8(int at) {
        return data[base + at] & 0xFF;
    }

    int u16(int at) {
        return (u8(at) << 8) | u8(at + 1);
    }

    long u32(int at) {
        return ((long) u16(at) << 16) | u16(at + 2);
    }

    /** {@code length} bytes from {@code at} in hex, cut after {@value #HEX_SHOWN} bytes with "…". */
    String hex(int at, int length) {
        int shown = Math.min(length, HEX_SHOWN);
        String text = HexFormat.of().formatHex(data, base + at, base + at + shown);
        return shown < length ? text + "…" : text;
    }

    /** A builder for the subtree of a field that starts at {@code at}. */
    LayerBuilder below(int at) {
        return new LayerBuilder(data, base + at);
    }

    LayerBuilder field(String name, String value, int at, int length) {
        fields.add(new DetailField(Optional.empty(), name, value, clampOffset(at), clampLength(at, length), List.of()));
        return this;
    }

    /**
     * A field of a few bits: {@code word} is the {@code width}-bit value read at {@code at}, and the
     * line shows the bits of {@code mask} in it, Wireshark-style.
     */
    LayerBuilder bits(String name, String value, int at, int width, long word, long mask) {
        fields.add(bitField(name, value, at, width, word, mask, List.of()));
        return this;
    }

    LayerBuilder bitsGroup(String name, String value, int at, int width, long word, long mask, LayerBuilder children) {
        fields.add(bitField(name, value, at, width, word, mask, children.fields()));
        return this;
    }

    LayerBuilder group(String name, String value, int at, int length, LayerBuilder children) {
        fields.add(new DetailField(Optional.empty(), name, value, clampOffset(at), clampLength(at, length),
                children.fields()));
        return this;
    }

    /** A whole layer as one field of this one: how an ICMP error shows the packet it quotes. */
    LayerBuilder nested(DetailLayer layer) {
        fields.add(new DetailField(Optional.empty(), layer.text(), "", layer.offset(), layer.length(), layer.fields()));
        return this;
    }

    List<DetailField> fields() {
        return List.copyOf(fields);
    }

    DetailLayer layer(String name, String summary, int length) {
        return new DetailLayer(name, summary, base, clampLength(0, length), fields);
    }

    private DetailField bitField(String name, String value, int at, int width, long word, long mask,
                                 List<DetailField> children) {
        return new DetailField(Optional.of(pattern(word, mask, width)), name, value, clampOffset(at),
                clampLength(at, (width + 7) / 8), children);
    }

    private int clampOffset(int at) {
        return Math.min(base + at, data.length);
    }

    /** A field never claims bytes past the end of what was captured. */
    private int clampLength(int at, int length) {
        return Math.max(0, Math.min(length, data.length - clampOffset(at)));
    }

    /** {@code 0100 ....}: the bits of {@code mask} as 0 and 1, the others as dots, in fours from the top. */
    static String pattern(long word, long mask, int width) {
        StringBuilder text = new StringBuilder(width + width / 4);
        for (int i = width - 1; i >= 0; i--) {
            long bit = 1L << i;
            text.append((mask & bit) == 0 ? '.' : (word & bit) != 0 ? '1' : '0');
            if (i > 0 && i % 4 == 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }
}
