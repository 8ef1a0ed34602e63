package dev.bothways.capture.read;

import dev.bothways.capture.CaptureDiagnostic;
import java.nio.ByteBuffer;
import java.util.List;

/** What {@link CaptureReader#open} gives for a file that is no capture: no packets, one diagnostic. */
record UnreadableCapture(long size, String reason) implements CaptureReader {

    @Override
    public CaptureFormat format() {
        return CaptureFormat.UNREADABLE;
    }

    @Override
    public boolean next() {
        return false;
    }

    @Override
    public long packetNumber() {
        return 0;
    }

    @Override
    public long fileOffset() {
        return 0;
    }

    @Override
    public long timestampNanos() {
        return 0;
    }

    @Override
    public int capturedLength() {
        return 0;
    }

    @Override
    public int originalLength() {
        return 0;
    }

    @Override
    public int interfaceIndex() {
        return 0;
    }

    @Override
    public int linkType() {
        return -1;
    }

    @Override
    public ByteBuffer buffer() {
        return ByteBuffer.allocate(0);
    }

    @Override
    public int dataOffset() {
        return 0;
    }

    @Override
    public List<CaptureInterface> interfaces() {
        return List.of();
    }

    @Override
    public List<CaptureDiagnostic> diagnostics() {
        return List.of(new CaptureDiagnostic(0, 0, CaptureDiagnostic.Severity.ERROR,
                CaptureDiagnostic.Kind.REFUSED, reason));
    }

    @Override
    public long position() {
        return size;
    }

    @Override
    public void close() {
    }
}
