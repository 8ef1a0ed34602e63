package dev.bothways.importers;

import dev.bothways.model.Artifact;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.Progress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads one text artifact end to end: refuses binary input, decodes, reads the collector header
 * or prompt line, detects the format (or takes the user's choice), and parses. Never throws on
 * bad input.
 */
public final class ArtifactReader {
    private final FormatDetector detector;

    public ArtifactReader(FormatDetector detector) {
        this.detector = detector;
    }

    public static ArtifactReader standard() {
        return new ArtifactReader(KnownFormats.detector());
    }

    /**
     * @param fileName    the file's own name, a hint for detection
     * @param defaultHost the host to credit when the artifact does not name one (its folder)
     * @param formatId    the user's choice of format, or empty to detect
     */
    public ImportedArtifact read(ArtifactId id, String fileName, String defaultHost, byte[] bytes,
                                 Optional<String> formatId, Progress progress) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        if (TextDecoding.looksBinary(bytes)) {
            diagnostics.add(Diagnostic.at(Severity.ERROR, DiagnosticKind.REFUSED, id, 0, "",
                    "binary data, not the text output of a command; captures are read as pcap or pcapng"));
            return new ImportedArtifact(new Artifact(id, defaultHost, "binary", Optional.empty(), Optional.empty()),
                    List.of(), Optional.empty(), diagnostics);
        }
        TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
        if (decoded.fellBack()) {
            diagnostics.add(Diagnostic.at(Severity.WARNING, DiagnosticKind.SUSPICIOUS, id, 0, "",
                    "not valid UTF-8; read as ISO-8859-1"));
        }
        String text = decoded.text();
        CollectorHeader header = CollectorHeader.read(text);
        String body = dropLines(text, header.headerLines());
        Sniff sniff = new Sniff(fileName, body, header.commandLine().orElse(""));
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
        ParseResult<?> result = format.parse(new ArtifactSource(id, body, header.headerLines() + 1), progress);
        diagnostics.addAll(result.diagnostics());
        Artifact artifact = new Artifact(id, host, format.id(), header.commandLine(), header.collectedAt());
        return new ImportedArtifact(artifact, candidates, Optional.of(result), diagnostics);
    }

    private static String dropLines(String text, int count) {
        int at = 0;
        for (int i = 0; i < count && at >= 0; i++) {
            int nl = text.indexOf('\n', at);
            at = nl < 0 ? text.length() : nl + 1;
        }
        return text.substring(at);
    }
}
