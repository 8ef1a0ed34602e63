package dev.bothways.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Columns of text written as bytes straight into a buffer, numbers without building strings: a
 * listing of hundreds of thousands of flows prints in a few tens of milliseconds. Text that is not
 * ASCII is written as UTF-8.
 */
final class AsciiWriter {
    private static final byte[] SPACES = " ".repeat(64).getBytes(StandardCharsets.US_ASCII);
    /** 10^0 to 10^18. */
    private static final long[] POWERS = new long[19];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;
    /** Bytes handed to the stream before the buffer's. */
    private long flushed;

    AsciiWriter(OutputStream out) {
        this.out = out;
    }

    AsciiWriter text(String s) throws IOException {
        int length = s.length();
        if (length > buffer.length) {
            return bytes(s.getBytes(StandardCharsets.UTF_8));
        }
        room(length);
        for (int i = 0; i < length; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                used -= i;
                return bytes(s.getBytes(StandardCharsets.UTF_8));
            }
            buffer[used++] = (byte) c;
        }
        return this;
    }

    /** {@code s}, then spaces up to {@code width}. */
    AsciiWriter left(String s, int width) throws IOException {
        text(s);
        return spaces(width - s.length());
    }

    /** Spaces, then {@code s} ending at {@code width}. */
    AsciiWriter right(String s, int width) throws IOException {
        spaces(width - s.length());
        return text(s);
    }

    /** Spaces, then {@code value} in decimal ending at {@code width}. */
    AsciiWriter right(long value, int width) throws IOException {
        int count = digits(value);
        return spaces(width - count).number(value, count);
    }

    AsciiWriter number(long value) throws IOException {
        return number(value, digits(value));
    }

    /** {@code value}, which has {@code count} digits. */
    private AsciiWriter number(long value, int count) throws IOException {
        if (value == Long.MIN_VALUE) {
            return text(Long.toString(value));
        }
        room(count);
        int at = used + count;
        if (value >= 0 && value <= Integer.MAX_VALUE) {
            // Most numbers are small; int division is the cheaper kind.
            int v = (int) value;
            do {
                buffer[--at] = (byte) ('0' + v % 10);
                v /= 10;
            } while (v != 0);
        } else {
            long v = Math.abs(value);
            do {
                buffer[--at] = (byte) ('0' + v % 10);
                v /= 10;
            } while (v != 0);
            if (value < 0) {
                buffer[--at] = '-';
            }
        }
        used += count;
        return this;
    }

    /** Seconds with {@code places} decimals (rounded half up, as printf rounds) from nanoseconds, ending at {@code width}. */
    AsciiWriter seconds(long nanos, int places, int width) throws IOException {
        long whole = POWERS[places];
        long scaled = Math.floorDiv(nanos + POWERS[9 - places] / 2, POWERS[9 - places]);
        long integer = Math.floorDiv(scaled, whole);
        long fraction = Math.floorMod(scaled, whole);
        return spaces(width - digits(integer) - 1 - places).number(integer).text(".")
                .zeros(places - digits(fraction)).number(fraction);
    }

    private AsciiWriter zeros(int count) throws IOException {
        for (int i = 0; i < count; i++) {
            room(1);
            buffer[used++] = '0';
        }
        return this;
    }

    AsciiWriter spaces(int count) throws IOException {
        for (int left = count; left > 0; left -= SPACES.length) {
            bytes(SPACES, Math.min(left, SPACES.length));
        }
        return this;
    }

    AsciiWriter newline() throws IOException {
        return text(System.lineSeparator());
    }

    void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    AsciiWriter bytes(byte[] b) throws IOException {
        return bytes(b, b.length);
    }

    private AsciiWriter bytes(byte[] b, int length) throws IOException {
        if (length > buffer.length) {
            flushBuffer();
            out.write(b, 0, length);
            flushed += length;
            return this;
        }
        room(length);
        System.arraycopy(b, 0, buffer, used, length);
        used += length;
        return this;
    }

    private void room(int count) throws IOException {
        if (used + count > buffer.length) {
            flushBuffer();
        }
    }

    private void flushBuffer() throws IOException {
        out.write(buffer, 0, used);
        flushed += used;
        used = 0;
    }

    /** How many bytes have been written so far, to measure what a column took. */
    long written() {
        return flushed + used;
    }

    /** Decimal digits of {@code value} (with its minus sign), by comparison: division is slow. */
    private static int digits(long value) {
        if (value < 0) {
            return value == Long.MIN_VALUE ? 20 : 1 + digits(-value);
        }
        int count = 1;
        while (count < POWERS.length && value >= POWERS[count]) {
            count++;
        }
        return count;
    }
}
