package dev.bothways.capture.read;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.CaptureDiagnostic.Kind;
import dev.bothways.capture.CaptureDiagnostic.Severity;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads pcapng: sections in either byte order (several per file), interface descriptions with
 * {@code if_name}, {@code if_description}, {@code if_filter}, {@code if_tsresol} and
 * {@code if_tsoffset}, enhanced, simple and obsolete packet blocks, interface statistics and
 * comments. Unknown block types are skipped, as the format intends.
 */
public final class PcapngReader extends CaptureFileReader {
    static final int SECTION_HEADER = 0x0A0D0D0A;
    private static final int BYTE_ORDER_MAGIC = 0x1A2B3C4D;
    private static final int INTERFACE_DESCRIPTION = 1;
    private static final int OBSOLETE_PACKET = 2;
    private static final int SIMPLE_PACKET = 3;
    private static final int INTERFACE_STATISTICS = 5;
    private static final int ENHANCED_PACKET = 6;
    /** Far above any real block (a 256 KiB packet plus options); more means damage. */
    private static final int MAX_BLOCK = 16 << 20;
    private static final int MAX_COMMENTS = 10_000;
    /** More interfaces or statistics blocks than any real capture has: a hostile file. */
    private static final int MAX_INTERFACES = 1 << 16;
    private static final int MAX_STATISTICS = 1 << 16;

    private final List<CaptureInterface> interfaces = new ArrayList<>();
    /** Read-only view, cheap enough to ask for on every packet. */
    private final List<CaptureInterface> interfacesView = Collections.unmodifiableList(interfaces);
    private final List<InterfaceStatistics> statistics = new ArrayList<>();
    private final List<PacketComment> comments = new ArrayList<>();
    private int section = -1;
    private int sectionFirstInterface;

    private int interfaceIndex;
    private int linkType;

    PcapngReader(ChannelWindow window) {
        super(window, 0);
    }

    @Override
    public CaptureFormat format() {
        return CaptureFormat.PCAPNG;
    }

    @Override
    public boolean next() throws IOException {
        while (!done) {
            long at = position;
            if (window.remaining(at) == 0) {
                done = true;
                return false;
            }
            int h = window.require(at, 12);
            if (h < 0) {
                return stop(truncated(at, 12));
            }
            ByteBuffer b = window.buffer();
            int type = b.getInt(h);
            if (type == SECTION_HEADER) {
                int magic = b.order(ByteOrder.BIG_ENDIAN).getInt(h + 8);
                if (magic == BYTE_ORDER_MAGIC) {
                    window.order(ByteOrder.BIG_ENDIAN);
                } else if (magic == Integer.reverseBytes(BYTE_ORDER_MAGIC)) {
                    window.order(ByteOrder.LITTLE_ENDIAN);
                } else {
                    return stop(new CaptureDiagnostic(number + 1, at, Severity.ERROR, Kind.MALFORMED, String.format(
                            "section header at byte %d has byte-order magic 0x%08x instead of 0x1a2b3c4d: the file is damaged here",
                            at, magic)));
                }
                b = window.buffer();
            } else if (section < 0) {
                return stop(new CaptureDiagnostic(0, at, Severity.ERROR, Kind.MALFORMED,
                        "the file does not start with a pcapng section header block"));
            }
            int length = b.getInt(h + 4);
            if (length < 12 || length % 4 != 0 || length > MAX_BLOCK) {
                return stop(new CaptureDiagnostic(number + 1, at, Severity.ERROR, Kind.MALFORMED, "block at byte " + at
                        + " (before packet " + (number + 1) + ") has an impossible length of "
                        + Integer.toUnsignedString(length) + " bytes: the file is damaged here"));
            }
            int s = window.require(at, length);
            if (s < 0) {
                return stop(truncated(at, length));
            }
            b = window.buffer();
            if (b.getInt(s + length - 4) != length) {
                return stop(new CaptureDiagnostic(number + 1, at, Severity.ERROR, Kind.MALFORMED, "block at byte " + at
                        + " (before packet " + (number + 1) + ") ends with a length that differs from its start: "
                        + "the file is damaged here"));
            }
            position = at + length;
            switch (type) {
                case SECTION_HEADER -> readSection(b, s, length);
                case INTERFACE_DESCRIPTION -> readInterface(b, s, length, at);
                case INTERFACE_STATISTICS -> readStatistics(b, s, length, at);
                case ENHANCED_PACKET -> {
                    if (readEnhanced(b, s, length, at)) {
                        return true;
                    }
                }
                case SIMPLE_PACKET -> {
                    if (readSimple(b, s, length, at)) {
                        return true;
                    }
                }
                case OBSOLETE_PACKET -> {
                    if (readObsolete(b, s, length, at)) {
                        return true;
                    }
                }
                default -> {
                    // Name resolution, decryption secrets, custom blocks: not evidence Bothways uses.
                }
            }
        }
        return false;
    }

    private CaptureDiagnostic truncated(long at, int needed) {
        return new CaptureDiagnostic(number + 1, at, Severity.ERROR, Kind.TRUNCATED,
                "the file is cut short: the block at byte " + at + " (packet " + (number + 1) + " or later) has only "
                        + window.remaining(at) + " of its " + needed + " bytes");
    }

    private void readSection(ByteBuffer b, int s, int length) {
        section++;
        sectionFirstInterface = interfaces.size();
        forEachOption(b, s + 24, s + length - 4, (code, at, len) -> {
            if (code == 1) {
                addComment(0, b, at, len);
            }
        });
    }

    private void readInterface(ByteBuffer b, int s, int length, long at) {
        if (interfaces.size() >= MAX_INTERFACES) {
            stop(new CaptureDiagnostic(number + 1, at, Severity.ERROR, Kind.SUSPICIOUS, "more than " + MAX_INTERFACES
                    + " interface descriptions: the file is damaged or hostile; reading stops here"));
            return;
        }
        if (length < 20) {
            diagnostics.add(new CaptureDiagnostic(number + 1, at, Severity.WARNING, Kind.MALFORMED,
                    "interface description block at byte " + at + " is too short; its interface is unknown"));
            return;
        }
        int type = Short.toUnsignedInt(b.getShort(s + 8));
        int snap = b.getInt(s + 12);
        InterfaceOptions o = new InterfaceOptions();
        forEachOption(b, s + 16, s + length - 4, (code, v, len) -> {
            switch (code) {
                case 2 -> o.name = text(b, v, len);
                case 3 -> o.description = text(b, v, len);
                case 9 -> {
                    if (len >= 1) {
                        o.resolution = b.get(v);
                    }
                }
                case 11 -> {
                    if (len >= 1) {
                        o.filter = text(b, v + 1, len - 1);
                    }
                }
                case 14 -> {
                    if (len >= 8) {
                        o.offsetSeconds = b.getLong(v);
                    }
                }
                default -> {
                }
            }
        });
        boolean binary = (o.resolution & 0x80) != 0;
        int exponent = o.resolution & 0x7F;
        long units = 1_000_000L;
        if (!binary) {
            units = 1;
            for (int i = 0; i < exponent && units <= Long.MAX_VALUE / 10; i++) {
                units *= 10;
            }
        }
        interfaces.add(new CaptureInterface(interfaces.size(), section, type, snap,
                Optional.ofNullable(o.name), Optional.ofNullable(o.description), Optional.ofNullable(o.filter),
                binary ? 0 : units, binary, exponent, o.offsetSeconds));
    }

    /** Options of one interface description, filled while walking them. */
    private static final class InterfaceOptions {
        private String name;
        private String description;
        private String filter;
        private int resolution = 6;
        private long offsetSeconds;
    }

    private boolean readEnhanced(ByteBuffer b, int s, int length, long at) {
        if (length < 32) {
            return skipDamaged(at, "enhanced packet block is shorter than its fixed fields");
        }
        int local = b.getInt(s + 8);
        long raw = (Integer.toUnsignedLong(b.getInt(s + 12)) << 32) | Integer.toUnsignedLong(b.getInt(s + 16));
        int captured = b.getInt(s + 20);
        int original = b.getInt(s + 24);
        if (captured < 0 || captured > length - 32) {
            return skipDamaged(at, "enhanced packet block claims " + Integer.toUnsignedString(captured)
                    + " captured bytes but holds at most " + (length - 32));
        }
        Optional<CaptureInterface> itf = sectionInterface(local);
        if (itf.isEmpty()) {
            return skipDamaged(at, "packet names interface " + local + ", which this section never described");
        }
        deliver(itf.get(), at, raw, captured, original, s + 28);
        int optionsStart = s + 28 + ((captured + 3) & ~3);
        if (optionsStart < s + length - 4) {
            forEachOption(b, optionsStart, s + length - 4, (code, v, len) -> {
                if (code == 1) {
                    addComment(number, b, v, len);
                }
            });
        }
        return true;
    }

    private boolean readSimple(ByteBuffer b, int s, int length, long at) {
        Optional<CaptureInterface> itf = sectionInterface(0);
        if (itf.isEmpty() || length < 16) {
            return skipDamaged(at, "simple packet block without an interface description before it");
        }
        int original = b.getInt(s + 8);
        int room = length - 16;
        int snap = itf.get().snapLength();
        int captured = Math.min(Math.min(original < 0 ? room : original, room), snap > 0 ? snap : room);
        deliver(itf.get(), at, -1, captured, original, s + 12);
        return true;
    }

    private boolean readObsolete(ByteBuffer b, int s, int length, long at) {
        if (length < 32) {
            return skipDamaged(at, "packet block is shorter than its fixed fields");
        }
        int local = Short.toUnsignedInt(b.getShort(s + 8));
        long raw = (Integer.toUnsignedLong(b.getInt(s + 12)) << 32) | Integer.toUnsignedLong(b.getInt(s + 16));
        int captured = b.getInt(s + 20);
        int original = b.getInt(s + 24);
        Optional<CaptureInterface> itf = sectionInterface(local);
        if (itf.isEmpty() || captured < 0 || captured > length - 32) {
            return skipDamaged(at, "packet block is damaged (interface " + local + ", " + captured + " bytes)");
        }
        deliver(itf.get(), at, raw, captured, original, s + 28);
        return true;
    }

    private void deliver(CaptureInterface itf, long at, long raw, int captured, int original, int data) {
        number++;
        offset = at;
        timestamp = raw < 0 ? 0 : itf.toNanos(raw);
        capturedLength = captured;
        originalLength = original;
        interfaceIndex = itf.index();
        linkType = itf.linkType();
        dataOffset = data;
    }

    /** A damaged packet block is reported and skipped; the packets after it keep coming. */
    private boolean skipDamaged(long at, String why) {
        diagnostics.add(new CaptureDiagnostic(number + 1, at, Severity.ERROR, Kind.MALFORMED,
                "packet " + (number + 1) + " at byte " + at + ": " + why + "; skipped"));
        return false;
    }

    private Optional<CaptureInterface> sectionInterface(int local) {
        int index = sectionFirstInterface + local;
        if (local < 0 || index >= interfaces.size()) {
            return Optional.empty();
        }
        return Optional.of(interfaces.get(index));
    }

    private void readStatistics(ByteBuffer b, int s, int length, long at) {
        if (length < 24 || statistics.size() >= MAX_STATISTICS) {
            return;
        }
        int local = b.getInt(s + 8);
        Optional<CaptureInterface> itf = sectionInterface(local);
        if (itf.isEmpty()) {
            diagnostics.add(new CaptureDiagnostic(number, at, Severity.WARNING, Kind.MALFORMED,
                    "interface statistics at byte " + at + " name interface " + local + ", which this section never described"));
            return;
        }
        long raw = (Integer.toUnsignedLong(b.getInt(s + 12)) << 32) | Integer.toUnsignedLong(b.getInt(s + 16));
        long[] values = new long[9];
        boolean[] present = new boolean[9];
        forEachOption(b, s + 20, s + length - 4, (code, v, len) -> {
            if (code >= 2 && code <= 8 && len >= 8) {
                long value = (Integer.toUnsignedLong(b.getInt(v)) << 32) | Integer.toUnsignedLong(b.getInt(v + 4));
                if (code > 3) {
                    value = b.getLong(v);
                }
                values[code] = value;
                present[code] = true;
            } else if (code == 1) {
                addComment(number, b, v, len);
            }
        });
        CaptureInterface i = itf.get();
        statistics.add(new InterfaceStatistics(i.index(), i.toNanos(raw), at,
                present[2] ? OptionalLong.of(i.toNanos(values[2])) : OptionalLong.empty(),
                present[3] ? OptionalLong.of(i.toNanos(values[3])) : OptionalLong.empty(),
                optional(present[4], values[4]), optional(present[5], values[5]),
                optional(present[6], values[6]), optional(present[7], values[7]), optional(present[8], values[8])));
    }

    private static OptionalLong optional(boolean present, long value) {
        return present ? OptionalLong.of(value) : OptionalLong.empty();
    }

    private void addComment(long packet, ByteBuffer b, int at, int len) {
        if (comments.size() < MAX_COMMENTS) {
            comments.add(new PacketComment(packet, text(b, at, len)));
        }
    }

    private static String text(ByteBuffer b, int at, int len) {
        byte[] bytes = new byte[len];
        b.get(at, bytes);
        int end = len;
        while (end > 0 && bytes[end - 1] == 0) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /** Receives one option: its code, the buffer index of its value and the value's length. */
    @FunctionalInterface
    private interface OptionVisitor {
        void option(int code, int valueAt, int length);
    }

    private static void forEachOption(ByteBuffer b, int from, int to, OptionVisitor visitor) {
        int at = from;
        while (at + 4 <= to) {
            int code = Short.toUnsignedInt(b.getShort(at));
            int len = Short.toUnsignedInt(b.getShort(at + 2));
            if (code == 0 || at + 4 + len > to) {
                return;
            }
            visitor.option(code, at + 4, len);
            at += 4 + ((len + 3) & ~3);
        }
    }

    @Override
    public int interfaceIndex() {
        return interfaceIndex;
    }

    @Override
    public int linkType() {
        return linkType;
    }

    @Override
    public List<CaptureInterface> interfaces() {
        return interfacesView;
    }

    @Override
    public List<InterfaceStatistics> statistics() {
        return List.copyOf(statistics);
    }

    @Override
    public List<PacketComment> comments() {
        return List.copyOf(comments);
    }
}
