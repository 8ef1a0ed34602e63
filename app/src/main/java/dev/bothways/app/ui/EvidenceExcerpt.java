package dev.bothways.app.ui;

import dev.bothways.model.ArtifactLines;
import dev.bothways.model.PacketRef;
import dev.bothways.model.Provenance;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The lines of an artifact that a citation points at, read from the case folder (off the FX thread). */
public record EvidenceExcerpt(Provenance provenance, List<String> lines) {
    private static final int MAX_LINES = 40;

    /**
     * @param captures the case's captures, to describe a cited packet by what it was
     */
    public static EvidenceExcerpt read(Path caseFolder, Provenance provenance,
                                       List<dev.bothways.analysis.CaptureArtifact> captures) {
        if (provenance instanceof PacketRef p) {
            String described = captures.stream().flatMap(c -> c.sightings().sightings().stream())
                    .filter(s -> s.packet().equals(p)).findFirst()
                    .map(s -> String.format("%5d  %s  %s  %s%s", p.number(), s.kind(), s.tuple(),
                            s.direction().name().toLowerCase(java.util.Locale.ROOT),
                            s.interfaceIndex().isPresent() ? " on interface " + s.interfaceIndex().getAsInt() : ""))
                    .orElse("packet " + p.number());
            return new EvidenceExcerpt(provenance, List.of(described));
        }
        ArtifactLines cited = (ArtifactLines) provenance;
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(caseFolder.resolve(cited.artifact().value()),
                StandardCharsets.ISO_8859_1)) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null && number < cited.lastLine()) {
                number++;
                if (number >= cited.firstLine() && lines.size() < MAX_LINES) {
                    lines.add(String.format("%5d  %s", number, line));
                }
            }
        } catch (IOException e) {
            lines.add("(cannot read " + cited.artifact() + ": " + e.getMessage() + ")");
        }
        return new EvidenceExcerpt(provenance, lines);
    }
}
