package dev.bothways.casefile;

import dev.bothways.analysis.CaptureArtifact;
import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.packets.CapturedPackets;
import dev.bothways.capture.packets.CapturedPacketReader;
import dev.bothways.importers.CollectorHeader;
import dev.bothways.importers.Diagnostic;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.Severity;
import dev.bothways.model.Artifact;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A capture file of a case folder: recognised by its magic number, read into sightings, and
 * credited to the host, command and time its {@code .meta} sidecar names (the collector writes one).
 */
final class CaptureFile {
    private CaptureFile() {
    }

    static CaptureArtifact read(ArtifactId id, Path file, String folderHost, Progress progress) {
        CollectorHeader header = sidecar(file);
        String host = header.host().orElse(folderHost);
        try {
            CapturedPackets sightings = CapturedPacketReader.read(file, id, progress);
            Artifact artifact = new Artifact(id, host, sightings.interfaces().isEmpty() ? "pcap" : "capture",
                    header.commandLine(), header.collectedAt());
            return new CaptureArtifact(artifact, sightings,
                    sightings.diagnostics().stream().map(d -> diagnostic(id, d)).toList(),
                    CaptureArtifact.filterOf(header.commandLine()), header.until());
        } catch (IOException e) {
            Artifact artifact = new Artifact(id, host, "capture", header.commandLine(), header.collectedAt());
            CapturedPackets none = new CapturedPackets(id, List.of(), List.of(), 0, 0, 0, 0, List.of(), false);
            return new CaptureArtifact(artifact, none, List.of(Diagnostic.at(Severity.ERROR, DiagnosticKind.REFUSED, id,
                    0, "", "cannot read the capture: " + e.getMessage())), Optional.empty(), Optional.empty());
        }
    }

    private static CollectorHeader sidecar(Path file) {
        Path meta = file.resolveSibling(file.getFileName() + ".meta");
        try {
            return Files.isRegularFile(meta)
                    ? CollectorHeader.read(Files.readString(meta, StandardCharsets.UTF_8)) : CollectorHeader.none();
        } catch (IOException e) {
            return CollectorHeader.none();
        }
    }

    private static Diagnostic diagnostic(ArtifactId id, CaptureDiagnostic d) {
        Severity severity = switch (d.severity()) {
            case ERROR -> Severity.ERROR;
            case WARNING -> Severity.WARNING;
            case NOTE -> Severity.NOTE;
        };
        return new Diagnostic(severity, DiagnosticKind.MALFORMED, id, 0, 0, "",
                "packet " + d.packet() + " (byte " + d.offset() + "): " + d.message());
    }
}
