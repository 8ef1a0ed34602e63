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
}
