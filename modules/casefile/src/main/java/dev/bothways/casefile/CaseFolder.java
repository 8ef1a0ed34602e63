package dev.bothways.casefile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bothways.analysis.CaptureArtifact;
import dev.bothways.analysis.CaseEvidence;
import dev.bothways.analysis.boundaries.BoundaryKind;
import dev.bothways.importers.ArtifactReader;
import dev.bothways.importers.Diagnostic;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.Severity;
import dev.bothways.model.Artifact;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads a case folder: every file in every host subfolder becomes an artifact of that host,
 * named by its path in the folder. Bad files become diagnostics and never stop the rest.
 */
public final class CaseFolder {
    public static final String MANIFEST = "case.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ArtifactReader reader;

    public CaseFolder(ArtifactReader reader) {
        this.reader = reader;
    }

    public static CaseFolder standard() {
        return new CaseFolder(ArtifactReader.standard());
    }

    public CaseEvidence load(Path folder, Progress progress) throws CaseFolderException {
        if (!Files.isDirectory(folder)) {
            throw new CaseFolderException(folder, Files.exists(folder) ? "not a folder" : "no such folder");
        }
        List<ImportedArtifact> artifacts = new ArrayList<>();
        List<CaptureArtifact> captures = new ArrayList<>();
        List<Path> files = artifactFiles(folder);
        CaseManifest manifest = manifest(folder.resolve(MANIFEST), artifacts);
        for (int i = 0; i < files.size() && !progress.cancelled(); i++) {
            Path file = files.get(i);
            String host = folder.relativize(file).getName(0).toString();
            ArtifactId id = new ArtifactId(folder.relativize(file).toString().replace('\\', '/'));
            if (dev.bothways.capture.read.CaptureReader.isCapture(file)) {
                captures.add(CaptureFile.read(id, file, host, progress));
            } else {
                artifacts.add(reader.read(id, file, host, Optional.empty(), Progress.NONE));
            }
            progress.worked(i + 1, files.size());
        }
        String name = folder.toAbsolutePath().normalize().getFileName().toString();
        CaseEvidence evidence = new CaseEvidence(name, manifest.client(), manifest.server(), manifest.flow(),
                artifacts, captures, java.util.Map.of(), manifest.boundaries(), Optional.empty());
        return CaptureMatching.match(evidence, folder, progress);
    }

    /** The artifact files: regular files one level below host folders, sorted; sidecars and logs aside. */
    private static List<Path> artifactFiles(Path folder) throws CaseFolderException {
        try (Stream<Path> hosts = Files.list(folder)) {
            List<Path> files = new ArrayList<>();
            for (Path host : hosts.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> inHost = Files.list(host)) {
                    inHost.filter(Files::isRegularFile).filter(CaseFolder::isArtifact).sorted().forEach(files::add);
                }
            }
            return files;
        } catch (IOException e) {
            throw new CaseFolderException(folder, "cannot list: " + e.getMessage());
        }
    }

    private static boolean isArtifact(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith(".") && !name.endsWith(".meta") && !name.equals("collect.log");
    }

    private static CaseManifest manifest(Path file, List<ImportedArtifact> problems) {
        if (!Files.isRegularFile(file)) {
            return CaseManifest.empty();
        }
        ArtifactId id = new ArtifactId(MANIFEST);
        try {
            JsonNode root = JSON.readTree(file.toFile());
            JsonNode roles = root.path("roles");
            Optional<String> flowText = text(root.path("flow"));
            Optional<FiveTuple> flow = flowText.flatMap(FiveTuple::parse);
            if (flowText.isPresent() && flow.isEmpty()) {
                problems.add(problem(id, "the flow '" + flowText.get()
                        + "' is not of the form 'tcp 192.0.2.20:43122 > 203.0.113.10:443'; ignored"));
            }
            return new CaseManifest(text(roles.path("client")), text(roles.path("server")), flow,
                    marks(root.path("boundaries"), id, problems));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            problems.add(problem(id, line, "not valid JSON (" + e.getOriginalMessage() + "); roles will be inferred"));
            return CaseManifest.empty();
        } catch (IOException e) {
            problems.add(problem(id, "cannot read: " + e.getMessage()));
            return CaseManifest.empty();
        }
    }

    /** The user's state-boundary marks; an unknown mark is a diagnostic and is left out. */
    private static java.util.Map<String, java.util.Set<BoundaryKind>> marks(JsonNode node, ArtifactId id,
                                                                          List<ImportedArtifact> problems) {
        java.util.Map<String, java.util.Set<BoundaryKind>> marks = new java.util.LinkedHashMap<>();
        node.properties().forEach(entry -> {
            List<JsonNode> values = new ArrayList<>();
            if (entry.getValue().isArray()) {
                entry.getValue().forEach(values::add);
            } else {
                values.add(entry.getValue());
            }
            for (JsonNode value : values) {
                Optional<BoundaryKind> kind = BoundaryKind.ofMark(value.asText());
                if (kind.isPresent()) {
                    marks.computeIfAbsent(entry.getKey(), k -> java.util.EnumSet.noneOf(BoundaryKind.class)).add(kind.get());
                } else {
                    problems.add(problem(id, "boundaries: '" + value.asText() + "' for " + entry.getKey()
                            + " is not one of firewall, nat, lb, ids; ignored"));
                }
            }
        });
        return marks;
    }

    private static Optional<String> text(JsonNode node) {
        return node.isTextual() && !node.asText().isBlank() ? Optional.of(node.asText()) : Optional.empty();
    }

    private static ImportedArtifact problem(ArtifactId id, String message) {
        return problem(id, 0, message);
    }

    private static ImportedArtifact problem(ArtifactId id, int line, String message) {
        Diagnostic d = Diagnostic.at(Severity.ERROR, DiagnosticKind.MALFORMED, id, line, "", message);
        return new ImportedArtifact(new Artifact(id, "case", "case-manifest", Optional.empty(), Optional.empty()),
                List.of(), Optional.empty(), List.of(d));
    }
}
