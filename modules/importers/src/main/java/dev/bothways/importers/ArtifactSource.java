package dev.bothways.importers;

import dev.bothways.model.ArtifactId;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The body of one artifact as a parser sees it: what follows any collector header or prompt
 * line, and the 1-based line number of its first line in the original file, so diagnostics and
 * provenance point at the file the user has. Small inputs are read whole with {@link #lines()};
 * large ones (a full routing table) are streamed with {@link #reader()} or {@link #stream()}.
 */
public final class ArtifactSource {
    private final ArtifactId id;
    private final int firstLine;
    private final Charset charset;
    private final byte[] bytes;
    private final Path file;
    private final long offset;
    private final Optional<String> commandLine;

    private ArtifactSource(ArtifactId id, int firstLine, Charset charset, byte[] bytes, Path file, long offset,
                           Optional<String> commandLine) {
        this.id = id;
        this.firstLine = firstLine;
        this.charset = charset;
        this.bytes = bytes;
        this.file = file;
        this.offset = offset;
        this.commandLine = commandLine;
    }

    private ArtifactSource(ArtifactId id, int firstLine, Charset charset, byte[] bytes, Path file, long offset) {
        this(id, firstLine, charset, bytes, file, offset, Optional.empty());
    }

    /** The same body, known to be the output of {@code command} (from the collector header or prompt). */
    public ArtifactSource withCommandLine(Optional<String> command) {
        return new ArtifactSource(id, firstLine, charset, bytes, file, offset, command);
    }

    /**
     * The command that printed the body, when the collector header or a pasted prompt says so;
     * parsers use it for what the output itself leaves out (mtr's target, {@code ip -6}).
     */
    public Optional<String> commandLine() {
        return commandLine;
    }

    /** Pasted or already-read text. */
    public static ArtifactSource of(ArtifactId id, String text) {
        return of(id, text, 1);
    }

    public static ArtifactSource of(ArtifactId id, String text, int firstLine) {
        return new ArtifactSource(id, firstLine, StandardCharsets.UTF_8, text.getBytes(StandardCharsets.UTF_8), null, 0);
    }

    /** The part of {@code file} from byte {@code offset} on, which starts at line {@code firstLine}. */
    public static ArtifactSource ofFile(ArtifactId id, Path file, long offset, int firstLine, Charset charset) {
        return new ArtifactSource(id, firstLine, charset, null, file, offset);
    }

    public ArtifactId id() {
        return id;
    }

    public int firstLine() {
        return firstLine;
    }

    /** The body's size in bytes, for progress. */
    public long size() {
        if (bytes != null) {
            return bytes.length;
        }
        try {
            return Math.max(0, Files.size(file) - offset);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The raw bytes of the body, from its start; the caller closes it. */
    public InputStream stream() throws IOException {
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        InputStream in = Files.newInputStream(file);
        in.skipNBytes(offset);
        return in;
    }

    /** The body as characters; the caller closes it. */
    public BufferedReader reader() throws IOException {
        return new BufferedReader(new InputStreamReader(stream(), charset), 1 << 16);
    }

    /** The whole body as text. Meant for small inputs; large ones should stream. */
    public String text() {
        if (bytes != null) {
            return new String(bytes, charset);
        }
        try (InputStream in = stream()) {
            return new String(in.readAllBytes(), charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> lines() {
        return text().lines().toList();
    }

    /** The file line number of {@code index} in {@link #lines()}. */
    public int lineNumber(int index) {
        return firstLine + index;
    }

    /** True when the text ends in the middle of a line (no final newline). */
    public boolean endsMidLine() {
        String text = text();
        return !text.isEmpty() && !text.endsWith("\n");
    }
}
