package dev.bothways.importers;

import dev.bothways.model.Artifact;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one text artifact end to end: refuses binary input, decodes, reads the collector header
 * or prompt line, detects the format (or takes the user's choice), and parses. Detection looks at
 * a bounded head only, so a huge or hostile file is refused in bounded time. Never throws on bad
 * input; a file that cannot be read at all becomes one diagnostic.
 */
public final class ArtifactReader {
    private static final int HEAD_BYTES = 64 * 1024;

    private final FormatDetector detector;

    public ArtifactReader(FormatDetector detector) {
        this.detector = detector;
    }

    public static ArtifactReader standard() {
        return new ArtifactReader(KnownFormats.detector());
    }

    /** Pasted text. */
    public ImportedArtifact read(ArtifactId id, String defaultHost, String text, Optional<String> formatId,
                                 Progress progress) {
        CollectorHeader header = CollectorHeader.read(text);
        String body = dropLines(text, header.headerLines());
        ArtifactSource source = ArtifactSource.of(id, body, header.headerLines() + 1);
        return read(id, id.value(), defaultHost, header, body, source, new ArrayList<>(), formatId, progress);
    }

    /**
     * A file on disk.
     *
     * @param defaultHost the host to credit when the artifact does not name one (its folder)
     * @param formatId    the user's choice of format, or empty to detect
     */
    public ImportedArtifact read(ArtifactId id, Path file, String defaultHost, Optional<String> formatId,
                                 Progress progress) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return refused(id, defaultHost, List.of(), "cannot read the file: " + e.getMessage());
        }
        if (TextDecoding.looksBinary(head)) {
            return refused(id, defaultHost, List.of(),
                    "binary data, not the text output of a command; captures are read as pcap or pcapng");
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        TextDecoding.Decoded decoded = TextDecoding.decode(trimToWholeChar(head));
        if (decoded.fellBack()) {
            diagnostics.add(Diagnostic.at(Severity.WARNING, DiagnosticKind.SUSPICIOUS, id, 0, "",
                    "not valid UTF-8; read as ISO-8859-1"));
        }
        CollectorHeader header = CollectorHeader.read(decoded.text());
        String headText = dropLines(decoded.text(), header.headerLines());
        long offset = (long) (decoded.text().length() - headText.length());
        if (!decoded.fellBack()) {
            offset = decoded.text().substring(0, (int) offset).getBytes(StandardCharsets.UTF_8).length;
        }
        ArtifactSource source = ArtifactSource.ofFile(id, file, offset, header.headerLines() + 1,
                decoded.fellBack() ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        return read(id, file.getFileName().toString(), defaultHost, header, headText, source, diagnostics,
                formatId, progress);
    }

    private ImportedArtifact read(ArtifactId id, String fileName, String defaultHost, CollectorHeader header,
                                  String headText, ArtifactSource source, List<Diagnostic> diagnostics,
                                  Optional<String> formatId, Progress progress) {
        Sniff sniff = new Sniff(fileName, headText, header.commandLine().orElse(""));
        List<Detection> candidates = detector.rank(sniff);
        Optional<ArtifactFormat<?>> chosen = formatId.isPresent()
                ? detector.formats().stream().filter(f -> f.id().equals(formatId.get())).findFirst()
                : candidates.stream().filter(c -> c.strength().compareTo(MatchStrength.WEAK) >= 0)
                        .map(Detection::format).findFirst();
        String host = header.host().orElse(defaultHost);
        if (chosen.isEmpty()) {
            diagnostics.add(Diagnostic.at(Severity.ERROR, DiagnosticKind.REFUSED, id, 0, sniff.firstLine(),
                    formatId.map(f -> "unknown format '" + f + "'")
                            .orElse("not a format Bothways reads (no detector recognised it)")));
            return new ImportedArtifact(new Artifact(id, host, "unknown", header.commandLine(), header.collectedAt()),
                    candidates, Optional.empty(), diagnostics);
        }
        ArtifactFormat<?> format = chosen.get();
        ParseResult<?> result = format.parse(source.withCommandLine(header.commandLine()), progress);
        diagnostics.addAll(result.diagnostics());
        Artifact artifact = new Artifact(id, host, format.id(), header.commandLine(), header.collectedAt());
        return new ImportedArtifact(artifact, candidates, Optional.of(result), diagnostics);
    }

    private static ImportedArtifact refused(ArtifactId id, String host, List<Detection> candidates, String message) {
        Diagnostic d = Diagnostic.at(Severity.ERROR, DiagnosticKind.REFUSED, id, 0, "", message);
        return new ImportedArtifact(new Artifact(id, host, "unknown", Optional.empty(), Optional.empty()),
                candidates, Optional.empty(), List.of(d));
    }

    /** Drops a UTF-8 sequence cut by the head's byte limit, so it does not look like bad encoding. */
    private static byte[] trimToWholeChar(byte[] head) {
        if (head.length < HEAD_BYTES) {
            return head;
        }
        int end = head.length;
        int back = 0;
        while (back < 4 && end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0x80) {
            back++;
        }
        if (end - back - 1 >= 0 && (head[end - back - 1] & 0xC0) == 0xC0) {
            back++;
        }
        return java.util.Arrays.copyOf(head, end - back);
    }

    private static String dropLines(String text, int count) {
        int at = 0;
        for (int i = 0; i < count && at < text.length(); i++) {
            int nl = text.indexOf('\n', at);
            at = nl < 0 ? text.length() : nl + 1;
        }
        return text.substring(at);
    }
}
