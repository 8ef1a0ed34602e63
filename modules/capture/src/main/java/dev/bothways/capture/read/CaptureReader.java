package dev.bothways.capture.read;

import dev.bothways.capture.CaptureDiagnostic;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Reads a capture one packet at a time, pull-style: {@link #next()} moves to the next packet and
 * the accessors describe it until the next call. The packet's bytes are
 * {@code buffer()[dataOffset() .. dataOffset() + capturedLength())}, valid until the next call.
 * The reader never throws on a bad file: it stops at the first damage and says so in
 * {@link #diagnostics()}.
 */
public sealed interface CaptureReader extends AutoCloseable permits CaptureFileReader, UnreadableCapture {

    /**
     * Opens a pcap or pcapng file, whichever its magic number says. A file that is neither gives
     * a reader with no packets and one diagnostic; only failing to open the file at all throws.
     */
    /** Whether the file starts with a pcap or pcapng magic number; false when it cannot be read. */
    static boolean isCapture(Path file) {
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            if (head.length < 4) {
                return false;
            }
            int magic = ByteBuffer.wrap(head).order(ByteOrder.BIG_ENDIAN).getInt();
            return magic == PcapngReader.SECTION_HEADER || PcapReader.isMagic(magic);
        } catch (IOException e) {
            return false;
        }
    }

    static CaptureReader open(Path file) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        ChannelWindow window = new ChannelWindow(channel, channel.size());
        try {
            int at = window.require(0, 4);
            if (at < 0) {
                window.close();
                return new UnreadableCapture(window.size(), window.size() == 0
                        ? "the file is empty"
                        : "the file is " + window.size() + " bytes long, too short for any capture header");
            }
            ByteBuffer b = window.buffer().order(ByteOrder.BIG_ENDIAN);
            int magic = b.getInt(at);
            if (magic == PcapngReader.SECTION_HEADER) {
                return new PcapngReader(window);
            }
            if (PcapReader.isMagic(magic)) {
                return PcapReader.open(window);
            }
            window.close();
            return new UnreadableCapture(window.size(), String.format(
                    "not a pcap or pcapng file: it starts with 0x%08x", magic));
        } catch (IOException e) {
            window.close();
            throw e;
        }
    }

    CaptureFormat format();

    /** Moves to the next packet; false at the end of the file or at the first damage. */
    boolean next() throws IOException;

    /** 1-based number of the current packet, as Wireshark counts. */
    long packetNumber();

    /** Byte offset in the file of the current packet's record or block. */
    long fileOffset();

    /** Nanoseconds since the epoch. */
    long timestampNanos();

    int capturedLength();

    /** Length of the packet on the wire, which may exceed {@link #capturedLength()} (snap length). */
    int originalLength();

    /** Index into {@link #interfaces()} of the interface that captured the current packet. */
    int interfaceIndex();

    /** LINKTYPE_ number of the current packet's interface. */
    int linkType();

    ByteBuffer buffer();

    int dataOffset();

    /**
     * Interfaces known so far (all of them once the reader has reached the end): a read-only view
     * that grows as the reader meets new interface descriptions; copy it to keep a snapshot.
     */
    List<CaptureInterface> interfaces();

    /** Interface statistics blocks read so far; only pcapng has them. */
    default List<InterfaceStatistics> statistics() {
        return List.of();
    }

    /** Section and packet comments read so far, at most a few thousand; only pcapng has them. */
    default List<PacketComment> comments() {
        return List.of();
    }

    List<CaptureDiagnostic> diagnostics();

    /** How far into the file the reader is, in bytes. */
    long position();

    long size();

    @Override
    void close() throws IOException;
}
