package dev.bothways.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bothways.analysis.CaseAnalyzer;
import dev.bothways.model.Finding;
import dev.bothways.model.FindingKind;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default case with artifacts taken away, as engineers often arrive with less: the verdict
 * must lose confidence or say what is missing, never turn into a wrong certainty.
 */
class StrippedCasesTest {
    private static final Path FULL = CaseFolderTest.sample("firewall-pair-ecmp");

    private static Finding top(Path dir, Predicate<Path> keep) throws IOException, CaseFolderException {
        try (Stream<Path> files = Files.walk(FULL)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path rel = FULL.relativize(f);
                if (rel.getNameCount() == 1 || keep.test(rel)) {
                    Files.createDirectories(dir.resolve(rel).getParent());
                    Files.copy(f, dir.resolve(rel));
                }
            }
        }
        return new CaseAnalyzer().analyze(CaseFolder.standard().load(dir, Progress.NONE)).findings().get(0);
    }

    private static double fullConfidence() throws CaseFolderException {
        return new CaseAnalyzer().analyze(CaseFolder.standard().load(FULL, Progress.NONE)).findings().get(0).confidence();
    }

    @Test
    void withoutTheServerCaptureTheFirewallLogStillBlamesFw2WithLessConfidence(@TempDir Path dir) throws Exception {
        Finding f = top(dir, rel -> !rel.toString().startsWith("server/capture"));
        assertEquals(FindingKind.ASYMMETRIC_STATEFUL_DROP, f.kind());
        assertEquals("fw2", f.at().orElseThrow());
        assertTrue(f.confidence() < fullConfidence(), f.confidence() + " < " + fullConfidence());
    }

    @Test
    void withoutFirewallRulesetsAndLogsNoDeviceIsBlamed(@TempDir Path dir) throws Exception {
        Finding f = top(dir, rel -> !(rel.toString().startsWith("fw") && (rel.toString().contains("nft-ruleset")
                || rel.toString().contains("kernel-log") || rel.toString().contains("capture"))));
        assertTrue(f.at().isEmpty() || f.confidence() < 0.6, f.kind() + " at " + f.at() + " " + f.confidence());
        assertTrue(f.kind() == FindingKind.INSUFFICIENT_EVIDENCE || f.kind() == FindingKind.PLAIN_LOSS, f.kind().id());
    }

    @Test
    void withOnlyTracedPathsTheVerdictIsInsufficientEvidence(@TempDir Path dir) throws Exception {
        Finding f = top(dir, rel -> rel.getFileName().toString().startsWith("traceroute"));
        assertEquals(FindingKind.INSUFFICIENT_EVIDENCE, f.kind());
        assertTrue(f.confidence() <= 0.3);
        assertTrue(f.next().contains("capture"), f.next());
    }
}
