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

    public static EvidenceExcerpt read(Path caseFolder, Provenance provenance) {
        if (provenance instanceof PacketRef p) {
            return new EvidenceExcerpt(provenance, List.of("packet " + p.number()));
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
