package dev.bothways.importers;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import org.jspecify.annotations.Nullable;

/**
 * Reads an artifact's body one line at a time, in bounded memory: a line longer than the limit is
 * cut to the limit (the rest is skipped, its full length kept), so a 50 MB line costs a scan, not
 * 50 MB of heap. Tracks the file line number, the characters consumed (for progress) and whether
 * the last line was ended by a newline (a paste cut mid-line is not).
 */
public final class LineReader implements Closeable {
    /** Longer than any line a network tool prints, short enough to keep in memory many times over. */
    public static final int DEFAULT_LIMIT = 8192;

    private final Reader in;
    private final int limit;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder spill = new StringBuilder();
    private int pos;
    private int end;
    private boolean eof;
    private long consumed;
    private int lineNumber;
    private long length;
    private boolean terminated = true;

    /** @param firstLine the file line number of the body's first line */
    public LineReader(Reader in, int firstLine, int limit) {
        this.in = in;
        this.limit = limit;
        this.lineNumber = firstLine - 1;
    }

    public static LineReader of(ArtifactSource source) throws IOException {
        return new LineReader(source.reader(), source.firstLine(), DEFAULT_LIMIT);
    }

    /** The next line without its line ending, cut to the limit; null at the end. */
    public @Nullable String next() throws IOException {
        spill.setLength(0);
        length = 0;
        while (true) {
            if (pos >= end && !fill()) {
                if (length == 0) {
                    return null;
                }
                terminated = false;
                lineNumber++;
                return finish();
            }
            int start = pos;
            int nl = -1;
            for (int i = pos; i < end; i++) {
                if (buffer[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int stop = nl < 0 ? end : nl;
            int take = stop - start;
            if (nl >= 0 && length == 0 && take <= limit) {
                pos = nl + 1;
                consumed += take + 1;
                lineNumber++;
                terminated = true;
                int e = stop > start && buffer[stop - 1] == '\r' ? stop - 1 : stop;
                length = e - start;
                return new String(buffer, start, e - start);
            }
            int room = Math.max(0, limit - spill.length());
            spill.append(buffer, start, Math.min(room, take));
            length += take;
            consumed += take;
            if (nl >= 0) {
                pos = nl + 1;
                consumed++;
                lineNumber++;
                terminated = true;
                return finish();
            }
            pos = end;
        }
    }

    private String finish() {
        int n = spill.length();
        if (n > 0 && spill.charAt(n - 1) == '\r' && length <= limit) {
            spill.setLength(n - 1);
            length--;
        }
        return spill.toString();
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) {
            eof = true;
            return false;
        }
        pos = 0;
        end = n;
        return true;
    }

    /** The file line number of the line {@link #next()} returned last. */
    public int lineNumber() {
        return lineNumber;
    }

    /** The full length of the last line, before any cut. */
    public long length() {
        return length;
    }

    /** True when the last line was longer than the limit and was cut. */
    public boolean overlong() {
        return length > limit;
    }

    /** False when the last line ended without a newline: the text stops mid-line. */
    public boolean terminated() {
        return terminated;
    }

    /** Characters consumed so far, line endings included (bytes, for ASCII text). */
    public long consumed() {
        return consumed;
    }

    /** True when {@code line} holds NUL or other control characters no terminal output has. */
    public static boolean binary(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\r' && c != 0x1b && c != '\f') {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
