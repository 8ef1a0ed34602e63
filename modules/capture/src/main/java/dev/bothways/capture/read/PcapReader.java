package dev.bothways.capture.read;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.CaptureDiagnostic.Kind;
import dev.bothways.capture.CaptureDiagnostic.Severity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Optional;

/**
 * Reads classic pcap files: microsecond and nanosecond magic, both byte orders, and the
 * "modified" (Kuznetzov) variant with its longer record header.
 */
public final class PcapReader extends CaptureFileReader {
    private static final int MAGIC_MICRO = 0xa1b2c3d4;
    private static final int MAGIC_NANO = 0xa1b23c4d;
    private static final int MAGIC_MODIFIED = 0xa1b2cd34;
    private static final int FILE_HEADER = 24;
    /** Wireshark's limit for ordinary link types; bigger records mean a damaged file. */
    static final int MAX_PACKET = 262_144;

    private final CaptureFormat format;
    private final int recordHeader;
    private final long fractionToNanos;
    private final long fractionLimit;
    private final int maxPacket;
    private final List<CaptureInterface> interfaces;
    private boolean warnedFraction;


    private PcapReader(ChannelWindow window, CaptureFormat format, ByteOrder order, int linkType, int snapLength) {
        super(window, FILE_HEADER);
        this.format = format;
        window.order(order);
        this.recordHeader = format == CaptureFormat.PCAP_MODIFIED ? 24 : 16;
        this.fractionToNanos = format == CaptureFormat.PCAP_NANOSECONDS ? 1 : 1000;
        this.fractionLimit = format == CaptureFormat.PCAP_NANOSECONDS ? 1_000_000_000L : 1_000_000L;
        this.maxPacket = Math.max(MAX_PACKET, Math.min(snapLength < 0 ? 0 : snapLength, 1 << 24));
        long units = format == CaptureFormat.PCAP_NANOSECONDS ? 1_000_000_000L : 1_000_000L;
        this.interfaces = List.of(new CaptureInterface(0, 0, linkType, snapLength, Optional.empty(),
                Optional.empty(), Optional.empty(), units, false, format == CaptureFormat.PCAP_NANOSECONDS ? 9 : 6, 0));
    }

    static boolean isMagic(int bigEndianMagic) {
        for (int m : new int[] {MAGIC_MICRO, MAGIC_NANO, MAGIC_MODIFIED}) {
            if (bigEndianMagic == m || bigEndianMagic == Integer.reverseBytes(m)) {
                return true;
            }
        }
        return false;
    }

    static CaptureReader open(ChannelWindow window) throws IOException {
        int magic = window.buffer().order(ByteOrder.BIG_ENDIAN).getInt(window.require(0, 4)); // read by CaptureReader.open
        int at = window.require(0, FILE_HEADER);
        ByteBuffer b = window.buffer();
        ByteOrder order = magic == MAGIC_MICRO || magic == MAGIC_NANO || magic == MAGIC_MODIFIED
                ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
        CaptureFormat format = isMagicOf(magic, MAGIC_NANO) ? CaptureFormat.PCAP_NANOSECONDS
                : isMagicOf(magic, MAGIC_MODIFIED) ? CaptureFormat.PCAP_MODIFIED : CaptureFormat.PCAP;
        if (at < 0) {
            window.close();
            return new UnreadableCapture(window.size(), "the file ends inside the 24-byte pcap header ("
                    + window.size() + " bytes)");
        }
        b.order(order);
        int major = Short.toUnsignedInt(b.getShort(at + 4));
        int minor = Short.toUnsignedInt(b.getShort(at + 6));
        if (major != 2) {
            window.close();
            return new UnreadableCapture(window.size(), "pcap version " + major + "." + minor
                    + " is not supported (only 2.x is; older versions are archaic)");
        }
        int snapLength = b.getInt(at + 16);
        int linkType = b.getInt(at + 20) & 0xFFFF;
        return new PcapReader(window, format, order, linkType, snapLength);
    }

    private static boolean isMagicOf(int magic, int m) {
        return magic == m || magic == Integer.reverseBytes(m);
    }

    @Override
    public CaptureFormat format() {
        return format;
    }

    @Override
    public boolean next() throws IOException {
        if (done) {
            return false;
        }
        long at = position;
        if (window.remaining(at) == 0) {
            done = true;
            return false;
        }
        int h = window.require(at, recordHeader);
        if (h < 0) {
            return stop(new CaptureDiagnostic(number + 1, at, Severity.ERROR, Kind.TRUNCATED,
                    "the file is cut short: packet " + (number + 1) + " at byte " + at + " has only "
                            + window.remaining(at) + " of its " + recordHeader + " header bytes"));
        }
        ByteBuffer b = window.buffer();
        long seconds = Integer.toUnsignedLong(b.getInt(h));
        long fraction = Integer.toUnsignedLong(b.getInt(h + 4));
        int captured = b.getInt(h + 8);
        int original = b.getInt(h + 12);
        if (captured < 0 || captured > maxPacket) {
            return stop(new CaptureDiagnostic(number + 1, at, Severity.ERROR, Kind.MALFORMED,
                    "packet " + (number + 1) + " at byte " + at + " claims " + Integer.toUnsignedString(captured)
                            + " captured bytes, more than the " + maxPacket + " any real capture holds: the file is damaged here"));
        }
        int d = window.require(at + recordHeader, captured);
        if (d < 0) {
            return stop(new CaptureDiagnostic(number + 1, at, Severity.ERROR, Kind.TRUNCATED,
                    "the file is cut short: packet " + (number + 1) + " at byte " + at + " has only "
                            + (window.remaining(at + recordHeader)) + " of its " + captured + " bytes"));
        }
        if (fraction >= fractionLimit && !warnedFraction) {
            warnedFraction = true;
            diagnostics.add(new CaptureDiagnostic(number + 1, at, Severity.WARNING, Kind.SUSPICIOUS,
                    "packet " + (number + 1) + " has a timestamp fraction of " + fraction
                            + ", not below one second; later packets may have the same fault"));
        }
        number++;
        offset = at;
        timestamp = seconds * 1_000_000_000L + fraction * fractionToNanos;
        capturedLength = captured;
        originalLength = original;
        dataOffset = d;
        position = at + recordHeader + captured;
        return true;
    }

    @Override
    public int interfaceIndex() {
        return 0;
    }

    @Override
    public int linkType() {
        return interfaces.get(0).linkType();
    }

    @Override
    public List<CaptureInterface> interfaces() {
        return interfaces;
    }
}
