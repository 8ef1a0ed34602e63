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
import java.io.InputStream;
import java.nio.ByteBuffer;
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
    private static final int PCAPNG = 0x0A0D0D0A;
    private static final List<Integer> PCAP = List.of(0xA1B2C3D4, 0xD4C3B2A1, 0xA1B23C4D, 0x4D3CB2A1);

    private CaptureFile() {
    }

    static boolean isCapture(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            if (head.length < 4) {
                return false;
            }
            int magic = ByteBuffer.wrap(head).getInt();
            return magic == PCAPNG || PCAP.contains(magic);
        } catch (IOException e) {
            return false;
        }
    }

    static CaptureArtifact read(ArtifactId id, Path file, String folderHost, Progress progress) {
        CollectorHeader header = sidecar(file);
        String host = header.host().orElse(folderHost);
        try {
            CapturedPackets sightings = CapturedPacketReader.read(file, id, progress);
            Artifact artifact = new Artifact(id, host, sightings.interfaces().isEmpty() ? "pcap" : "capture",
                    header.commandLine(), header.collectedAt());
            return new CaptureArtifact(artifact, sightings,
                    sightings.diagnostics().stream().map(d -> diagnostic(id, d)).toList());
        } catch (IOException e) {
            Artifact artifact = new Artifact(id, host, "capture", header.commandLine(), header.collectedAt());
            CapturedPackets none = new CapturedPackets(id, List.of(), List.of(), 0, 0, 0, 0, List.of(), false);
            return new CaptureArtifact(artifact, none, List.of(Diagnostic.at(Severity.ERROR, DiagnosticKind.REFUSED, id,
                    0, "", "cannot read the capture: " + e.getMessage())));
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
