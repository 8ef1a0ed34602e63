package dev.bothways.capture.flow;

import dev.bothways.capture.decode.Decoded;
import dev.bothways.capture.decode.PacketDecoder;
import dev.bothways.capture.decode.PacketHeaders;
import dev.bothways.capture.read.CaptureReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and decodes a capture on a thread of its own and hands the packets over in batches, so
 * that decoding and putting packets into flows run on two cores at once. A few batches are in
 * flight at any time and are reused, so memory stays the same whatever the file's size.
 */
final class DecodingThread implements AutoCloseable {
    /** Packets per batch; every batch but the last is full. */
    static final int BATCH = 1024;
    /** Enough batches to ride out the moments when one side is slower (JIT compiling, a page fault). */
    private static final int IN_FLIGHT = 16;

    /** Consecutive packets of the capture, decoded. */
    static final class Batch {
        final PacketHeaders[] headers = new PacketHeaders[BATCH];
        final Decoded[] results = new Decoded[BATCH];
        final long[] numbers = new long[BATCH];
        final long[] nanos = new long[BATCH];
        final int[] lengths = new int[BATCH];
        final int[] interfaces = new int[BATCH];
        int size;
        /** The reader's position after the batch's last packet. */
        long position;
        boolean last;

        Batch() {
            for (int i = 0; i < BATCH; i++) {
                headers[i] = new PacketHeaders();
            }
        }
    }

    private final CaptureReader reader;
    private final PacketDecoder decoder = new PacketDecoder();
    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final BlockingQueue<Batch> empty = new ArrayBlockingQueue<>(IN_FLIGHT);
    private final Thread thread;
    private volatile boolean stopped;
    private volatile Throwable failure;
    private boolean ended;

    private DecodingThread(CaptureReader reader) {
        this.reader = reader;
        for (int i = 0; i < IN_FLIGHT; i++) {
            empty.add(new Batch());
        }
        this.thread = Thread.ofPlatform().daemon().name("bothways-decoding").unstarted(this::run);
    }

    /** Starts decoding {@code reader} from its current position. */
    static DecodingThread start(CaptureReader reader) {
        DecodingThread decoding = new DecodingThread(reader);
        decoding.thread.start();
        return decoding;
    }

    /** The next batch, or null after the last; hand each back with {@link #recycle} once read. */
    Batch next() throws IOException {
        if (ended) {
            return null;
        }
        Batch batch;
        try {
            batch = full.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading a capture");
        }
        if (batch.last) {
            ended = true;
            rethrowFailure();
        }
        return batch;
    }

    void recycle(Batch batch) {
        batch.size = 0;
        empty.add(batch);
    }

    private void run() {
        Batch batch;
        try {
            batch = empty.take();
        } catch (InterruptedException e) {
            return;
        }
        try {
            while (!stopped && fill(batch)) {
                full.put(batch);
                batch = empty.take();
            }
        } catch (InterruptedException e) {
            return; // closed early: nobody reads any more
        } catch (IOException | RuntimeException | Error e) {
            failure = e;
        }
        batch.position = reader.position();
        batch.last = true;
        full.offer(batch); // always room: the other batches are at most IN_FLIGHT - 1
    }

    /**
     * Fills {@code batch} with the next packets; whether it is full, so that more may follow. A
     * method of its own, called once a batch, so that the compiler makes one version of it rather
     * than one for the running loop and another for the next call.
     */
    private boolean fill(Batch batch) throws IOException {
        int i = 0;
        try {
            while (i < BATCH && reader.next()) {
                batch.results[i] = decoder.decode(reader.buffer(), reader.dataOffset(), reader.capturedLength(),
                        reader.linkType(), batch.headers[i]);
                batch.numbers[i] = reader.packetNumber();
                batch.nanos[i] = reader.timestampNanos();
                batch.lengths[i] = reader.originalLength();
                batch.interfaces[i] = reader.interfaceIndex();
                i++;
            }
        } finally {
            batch.size = i;
            batch.position = reader.position();
        }
        return i == BATCH;
    }

    private void rethrowFailure() throws IOException {
        Throwable f = failure;
        if (f instanceof IOException io) {
            throw new IOException(io.getMessage(), io);
        }
        if (f instanceof Error error) {
            throw error;
        }
        if (f != null) {
            throw new IllegalStateException("decoding the capture failed", f);
        }
    }

    /** Stops decoding (when the reader stopped early) and waits for the thread to end. */
    @Override
    public void close() {
        stopped = true;
        thread.interrupt();
        boolean interrupted = false;
        while (true) {
            try {
                thread.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
