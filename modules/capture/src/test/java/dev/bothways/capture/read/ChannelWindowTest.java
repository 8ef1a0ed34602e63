package dev.bothways.capture.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window gives the file's own bytes for every range a reader asks for: inside the window,
 * across its end, starting exactly at its end (nothing kept), behind it, larger than it, and past
 * the file's end. The file is 3 MiB, three windows.
 */
class ChannelWindowTest {
    private static final int SIZE = 3 << 20;
    private static final int WINDOW = 1 << 20;

    @TempDir
    Path temp;
    private byte[] content;
    private ChannelWindow window;

    @BeforeEach
    void writeFile() throws IOException {
        content = new byte[SIZE];
        for (int i = 0; i < SIZE; i++) {
            content[i] = (byte) (i * 31 + (i >>> 11));
        }
        Path file = temp.resolve("bytes.bin");
        Files.write(file, content);
        FileChannel channel = FileChannel.open(file);
        window = new ChannelWindow(channel, channel.size());
    }

    @AfterEach
    void close() throws IOException {
        window.close();
    }

    private void assertRange(long offset, int count) throws IOException {
        int at = window.require(offset, count);
        ByteBuffer b = window.buffer();
        for (int i = 0; i < count; i++) {
            assertEquals(content[(int) offset + i], b.get(at + i), "byte " + (offset + i));
        }
    }

    @Test
    void readsForwardAcrossTheWindowsEnd() throws IOException {
        assertRange(0, 100);
        assertRange(WINDOW - 5, 20); // straddles the first window's end: 5 bytes kept
        assertRange(WINDOW + 1000, 64);
    }

    @Test
    void slidesToARangeStartingExactlyAtTheWindowsEnd() throws IOException {
        assertRange(0, WINDOW); // the whole first window
        assertRange(WINDOW, 16); // nothing of the old window is kept
        assertRange(WINDOW + 16, 1000);
    }

    @Test
    void goesBackBehindTheWindow() throws IOException {
        assertRange(2L * WINDOW, 50);
        assertRange(100, 50);
    }

    @Test
    void growsForARangeLargerThanTheWindow() throws IOException {
        assertRange(10, 16);
        assertRange(20, WINDOW + WINDOW / 2);
        assertRange(SIZE - 100, 100);
    }

    @Test
    void saysWhenARangeRunsPastTheFilesEnd() throws IOException {
        assertRange(SIZE - 10, 10);
        assertEquals(-1, window.require(SIZE - 10, 11));
        assertEquals(0, window.remaining(SIZE + 5));
    }
}
