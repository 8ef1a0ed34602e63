package dev.bothways.capture.detail;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.read.CaptureInterface;
import dev.bothways.capture.read.CaptureReader;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One packet's captured bytes as its capture framed them.
 *
 * @param number         1-based, as Wireshark counts
 * @param linkType       LINKTYPE_ number of the interface that captured it
 * @param timestampNanos nanoseconds since the epoch
 * @param originalLength its length on the wire, which may exceed the bytes captured (snap length)
 * @param interfaceName  the capturing interface's name, when the file names it (pcapng)
 */
public record PacketBytes(long number, int linkType, long timestampNanos, int originalLength,
                          Optional<String> interfaceName, byte[] data) {
    private static final int PROGRESS_EVERY = 1 << 14;

    public PacketBytes {
        data = data.clone();
    }

    /** A copy of the captured bytes. */
    @Override
    public byte[] data() {
        return data.clone();
    }

    /** How many bytes were captured. */
    public int length() {
        return data.length;
    }

    /** The captured byte at {@code index}, 0..255. */
    public int at(int index) {
        return data[index] & 0xFF;
    }

    /**
     * Walks {@code capture} with the streaming reader to packet {@code number} and copies its bytes.
     * Never throws: a file that cannot be opened, a damaged file that ends before the packet, a
     * number past the end, and a cancelled walk each give {@link PacketLookup.Missing} with the reason.
     */
    public static PacketLookup read(Path capture, long number, Progress progress) {
        String file = String.valueOf(capture.getFileName());
        if (number < 1) {
            return new PacketLookup.Missing("packet numbers start at 1, not " + number);
        }
        try (CaptureReader reader = CaptureReader.open(capture)) {
            while (reader.next()) {
                long at = reader.packetNumber();
                if (at == number) {
                    byte[] data = new byte[reader.capturedLength()];
                    reader.buffer().get(reader.dataOffset(), data);
                    List<CaptureInterface> interfaces = reader.interfaces();
                    Optional<String> name = reader.interfaceIndex() < interfaces.size()
                            ? interfaces.get(reader.interfaceIndex()).name() : Optional.empty();
                    return new PacketLookup.Found(new PacketBytes(number, reader.linkType(), reader.timestampNanos(),
                            reader.originalLength(), name, data));
                }
                if ((at & (PROGRESS_EVERY - 1)) == 0) {
                    progress.worked(reader.position(), reader.size());
                    if (progress.cancelled()) {
                        return new PacketLookup.Missing("cancelled before packet " + number + " of " + file);
                    }
                }
            }
            List<CaptureDiagnostic> damage = reader.diagnostics().stream()
                    .filter(d -> d.severity() == CaptureDiagnostic.Severity.ERROR).toList();
            long seen = reader.packetNumber();
            if (damage.isEmpty()) {
                return new PacketLookup.Missing(file + " has " + seen + " packet" + (seen == 1 ? "" : "s")
                        + ", so no packet " + number);
            }
            String why = damage.stream().map(d -> d.message()).collect(Collectors.joining("; "));
            return new PacketLookup.Missing(seen == 0 ? "cannot read packet " + number + " of " + file + ": " + why
                    : file + " can be read only up to packet " + seen + ", not to packet " + number + ": " + why);
        } catch (NoSuchFileException e) {
            return new PacketLookup.Missing("cannot read " + file + ": there is no such file");
        } catch (IOException e) {
            return new PacketLookup.Missing("cannot read " + file + ": " + e.getMessage());
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PacketBytes p && number == p.number && linkType == p.linkType
                && timestampNanos == p.timestampNanos && originalLength == p.originalLength
                && interfaceName.equals(p.interfaceName) && Arrays.equals(data, p.data);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(number) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "packet " + number + " (" + data.length + " of " + originalLength + " bytes, link type " + linkType + ")";
    }
}
