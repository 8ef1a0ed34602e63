package dev.bothways.capture.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A packet's bytes as rows of sixteen, each with its offset, its bytes in hex and as ASCII (a dot
 * for anything unprintable), laid out as {@code tshark -x} prints them.
 */
public record HexDump(List<Row> rows) {
    public static final int PER_ROW = 16;

    public HexDump {
        rows = List.copyOf(rows);
    }

    /**
     * One row: {@code count} bytes (16 but for the last row) from {@code offset}.
     *
     * @param hex   the bytes as two hex digits each, separated by one space
     * @param ascii one character per byte
     */
    public record Row(int offset, int count, String hex, String ascii) {

        /** The row as {@code tshark -x} prints it: offset, two spaces, hex padded to sixteen bytes, three spaces, ASCII. */
        public String text() {
            return String.format(Locale.ROOT, "%04x  %-" + (PER_ROW * 3 - 1) + "s   %s", offset, hex, ascii);
        }

        /** The two hex digits of byte {@code i} of the row. */
        public String hexAt(int i) {
            return hex.substring(i * 3, i * 3 + 2);
        }

        /** The ASCII character of byte {@code i} of the row. */
        public char asciiAt(int i) {
            return ascii.charAt(i);
        }
    }

    public static HexDump of(byte[] data) {
        List<Row> rows = new ArrayList<>();
        for (int at = 0; at < data.length; at += PER_ROW) {
            int count = Math.min(PER_ROW, data.length - at);
            StringBuilder hex = new StringBuilder(PER_ROW * 3);
            StringBuilder ascii = new StringBuilder(PER_ROW);
            for (int i = 0; i < count; i++) {
                int b = data[at + i] & 0xFF;
                if (i > 0) {
                    hex.append(' ');
                }
                hex.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 0xF, 16));
                ascii.append(b >= 0x20 && b < 0x7F ? (char) b : '.');
            }
            rows.add(new Row(at, count, hex.toString(), ascii.toString()));
        }
        return new HexDump(rows);
    }

    /** All rows as {@code tshark -x} prints them, one per line. */
    public List<String> lines() {
        return rows.stream().map(Row::text).toList();
    }
}
