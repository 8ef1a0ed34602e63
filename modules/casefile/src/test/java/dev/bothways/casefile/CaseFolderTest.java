package dev.bothways.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bothways.analysis.CaseEvidence;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseFolderTest {

    static Path sample(String name) {
        String root = System.getProperty("bothways.root", ".");
        return Path.of(root).resolve("samples/cases").resolve(name);
    }

    @Test
    void readsRolesFlowAndEveryHostOfTheLabCase() throws CaseFolderException {
        CaseEvidence evidence = CaseFolder.standard().load(sample("firewall-pair-ecmp"), Progress.NONE);
        assertEquals("firewall-pair-ecmp", evidence.name());
        assertEquals(Optional.of("client"), evidence.client());
        assertEquals(Optional.of("server"), evidence.server());
        assertEquals(FiveTuple.parse("tcp 10.0.1.10:40001 > 10.0.2.10:8080"), evidence.flow());
        assertEquals(List.of("client", "fw1", "fw2", "r1", "r2", "server"), evidence.hosts());
    }

    @Test
    void aMissingFolderIsAClearError() {
        CaseFolderException e = assertThrows(CaseFolderException.class,
                () -> CaseFolder.standard().load(Path.of("/no/such/case"), Progress.NONE));
        assertEquals("/no/such/case: no such folder", e.getMessage());
    }

    @Test
    void aBrokenManifestIsADiagnosticAndTheArtifactsStillLoad(@TempDir Path dir) throws IOException, CaseFolderException {
        Files.writeString(dir.resolve("case.json"), "{\"roles\": {\"client\": \"a\",\n");
        Files.createDirectories(dir.resolve("a"));
        Files.copy(sample("firewall-pair-ecmp/client/traceroute-udp.txt"), dir.resolve("a/trace.txt"));
        CaseEvidence evidence = CaseFolder.standard().load(dir, Progress.NONE);
        assertEquals(Optional.empty(), evidence.client());
        assertEquals(2, evidence.artifacts().size());
        var manifest = evidence.artifacts().get(0).diagnostics().get(0);
        assertEquals("case.json", manifest.artifact().value());
        assertEquals(2, manifest.line());
        assertTrue(manifest.message().startsWith("not valid JSON"), manifest.message());
        assertEquals("traceroute", evidence.artifacts().get(1).artifact().format());
    }

    @Test
    void nodesTheUserMarksBecomeStateBoundaries(@TempDir Path dir) throws IOException, CaseFolderException {
        Path full = sample("firewall-pair-ecmp");
        try (var files = Files.walk(full)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path rel = full.relativize(f);
                boolean firewallState = rel.toString().startsWith("fw") && (rel.toString().contains("nft-ruleset"));
                if (!firewallState && !rel.toString().equals("case.json")) {
                    Files.createDirectories(dir.resolve(rel).getParent());
                    Files.copy(f, dir.resolve(rel));
                }
            }
        }
        Files.writeString(dir.resolve("case.json"), """
                {"roles": {"client": "client", "server": "server"},
                 "flow": "tcp 10.0.1.10:40001 > 10.0.2.10:8080",
                 "boundaries": {"fw1": "firewall", "fw2": ["firewall"], "r9": "router"}}
                """);
        CaseEvidence evidence = CaseFolder.standard().load(dir, Progress.NONE);
        assertEquals(java.util.Map.of("fw1", java.util.Set.of(dev.bothways.analysis.boundaries.BoundaryKind.FIREWALL),
                "fw2", java.util.Set.of(dev.bothways.analysis.boundaries.BoundaryKind.FIREWALL)), evidence.markedBoundaries());
        var problems = evidence.artifacts().stream().flatMap(a -> a.diagnostics().stream())
                .filter(d -> d.artifact().value().equals("case.json")).map(d -> d.message()).toList();
        assertEquals(List.of("boundaries: 'router' for r9 is not one of firewall, nat, lb, ids; ignored"), problems);
        var analysis = new dev.bothways.analysis.CaseAnalyzer().analyze(evidence);
        var fw2 = analysis.boundaries().stream().filter(b -> b.boundary().node().value().equals("fw2")).findFirst().orElseThrow();
        assertEquals("case.json", fw2.boundary().evidence().get(fw2.boundary().evidence().size() - 1).artifact().value());
        assertEquals("asymmetric-stateful-drop", analysis.findings().get(0).kind().id());
        assertEquals(Optional.of("fw2"), analysis.findings().get(0).at());
    }
}
