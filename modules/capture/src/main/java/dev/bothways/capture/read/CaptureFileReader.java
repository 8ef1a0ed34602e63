package dev.bothways.capture.read;

import dev.bothways.capture.CaptureDiagnostic;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * What the pcap and pcapng readers share: the window on the file, how far they have read, the
 * packet they stand on, and the damage met so far, which ends the reading.
 */
abstract sealed class CaptureFileReader implements CaptureReader permits PcapReader, PcapngReader {
    protected final ChannelWindow window;
    protected final List<CaptureDiagnostic> diagnostics = new ArrayList<>();
    protected boolean done;
    protected long position;

    protected long number;
    protected long offset;
    protected long timestamp;
    protected int capturedLength;
    protected int originalLength;
    protected int dataOffset;

    CaptureFileReader(ChannelWindow window, long position) {
        this.window = window;
        this.position = position;
    }

    /** Records the damage that ends the reading; false, for {@link #next()} to return. */
    protected final boolean stop(CaptureDiagnostic diagnostic) {
        diagnostics.add(diagnostic);
        done = true;
        return false;
    }

    @Override
    public final long packetNumber() {
        return number;
    }

    @Override
    public final long fileOffset() {
        return offset;
    }

    @Override
    public final long timestampNanos() {
        return timestamp;
    }

    @Override
    public final int capturedLength() {
        return capturedLength;
    }

    @Override
    public final int originalLength() {
        return originalLength;
    }

    @Override
    public final ByteBuffer buffer() {
        return window.buffer();
    }

    @Override
    public final int dataOffset() {
        return dataOffset;
    }

    @Override
    public final List<CaptureDiagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    @Override
    public final long position() {
        return position;
    }

    @Override
    public final long size() {
        return window.size();
    }

    @Override
    public final void close() throws IOException {
        window.close();
    }
}
