package dev.bothways.capture.read;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * A sliding window over a file: large positional reads into one heap buffer, so a reader can look
 * at any byte range near its position without a system call per packet. The window only ever
 * grows to the largest range asked for, which readers bound.
 */
final class ChannelWindow implements Closeable {
    private static final int DEFAULT_CAPACITY = 4 << 20;

    private final FileChannel channel;
    private final long size;
    private byte[] array;
    private ByteBuffer buffer;
    private long start;
    private int length;

    ChannelWindow(FileChannel channel, long size) {
        this.channel = channel;
        this.size = size;
        this.array = new byte[(int) Math.min(DEFAULT_CAPACITY, Math.max(4096, size))];
        this.buffer = ByteBuffer.wrap(array);
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
        if (count > array.length) {
            byte[] larger = new byte[Math.max(count, array.length * 2)];
            ByteOrder order = buffer.order();
            if (relative >= 0 && relative < length) {
                System.arraycopy(array, (int) relative, larger, 0, length - (int) relative);
                length -= (int) relative;
            } else {
                length = 0;
            }
            array = larger;
            buffer = ByteBuffer.wrap(array).order(order);
        } else if (relative >= 0 && relative < length) {
            System.arraycopy(array, (int) relative, array, 0, length - (int) relative);
            length -= (int) relative;
        } else {
            length = 0;
        }
        start = offset;
        while (length < count) {
            int read = channel.read(ByteBuffer.wrap(array, length, array.length - length), start + length);
            if (read <= 0) {
                return -1;
            }
            length += read;
        }
        return 0;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
