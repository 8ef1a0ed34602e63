package dev.bothways.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bothways.analysis.CaseAnalysis;
import dev.bothways.analysis.CaseAnalyzer;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Finding;
import dev.bothways.model.FindingKind;
import dev.bothways.model.NodeId;
import dev.bothways.model.Progress;
import dev.bothways.model.Provenance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every lab case, analysed from its folder, against the truth the lab recorded when it made the
 * failure happen ({@code expected.json}): the verdict, the host to blame, the lanes, where the
 * packet died, and citations that really show it.
 */
class LabCasesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> all = Files.list(CaseFolderTest.sample(""))) {
            return all.filter(p -> Files.isRegularFile(p.resolve("expected.json"))).sorted().toList().stream();
        }
    }

    private static CaseAnalysis analyse(Path folder) throws CaseFolderException {
        return new CaseAnalyzer().analyze(CaseFolder.standard().load(folder, Progress.NONE));
    }

    private static List<String> names(List<NodeId> nodes) {
        return nodes.stream().map(NodeId::value).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void verdictAndBlameMatchWhatTheLabMadeHappen(Path folder) throws Exception {
        JsonNode expected = JSON.readTree(folder.resolve("expected.json").toFile());
        CaseAnalysis analysis = analyse(folder);
        Finding top = analysis.findings().get(0);
        assertEquals(expected.get("verdict").asText(), top.kind().id());
        Optional<String> at = expected.get("at").isNull() ? Optional.empty() : Optional.of(expected.get("at").asText());
        assertEquals(at, top.at());
        assertEquals(expected.get("flow").asText(), top.flow().orElseThrow().toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void lanesFollowThePathsThePacketsTook(Path folder) throws Exception {
        JsonNode expected = JSON.readTree(folder.resolve("expected.json").toFile());
        CaseAnalysis analysis = analyse(folder);
        if (expected.has("forward")) {
            assertEquals(strings(expected.get("forward")), names(analysis.lanes().forward().nodes()));
        }
        if (expected.has("return") && expected.get("return").size() > 0) {
            List<String> want = strings(expected.get("return"));
            List<String> got = names(analysis.lanes().back().nodes());
            assertEquals(want, got.subList(0, Math.min(want.size(), got.size())), "the return lane starts " + want);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void thePacketThatDiedIsPlacedWhereCapturesSawIt(Path folder) throws Exception {
        JsonNode expected = JSON.readTree(folder.resolve("expected.json").toFile());
        Finding top = analyse(folder).findings().get(0);
        if (expected.get("died") == null || expected.get("died").isNull()) {
            assertEquals(Optional.empty(), top.died());
            return;
        }
        JsonNode died = expected.get("died");
        var fate = top.died().orElseThrow();
        assertEquals(died.get("lane").asText(), fate.lane().label());
        assertTrue(died.get("packet").asText().startsWith(fate.packet().replace(" segment", "")),
                died.get("packet") + " vs " + fate.packet());
        assertTrue(fate.seenAt().containsAll(strings(died.get("seenAt"))), "seen at " + fate.seenAt());
        assertTrue(fate.notSeenAt().containsAll(strings(died.get("notSeenAt"))), "not seen at " + fate.notSeenAt());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findingsCiteLinesThatNameTheFlow(Path folder) throws Exception {
        CaseAnalysis analysis = analyse(folder);
        Finding top = analysis.findings().get(0);
        String sport = String.valueOf(top.flow().orElseThrow().sourcePort());
        List<String> cited = new ArrayList<>();
        for (Provenance p : top.evidence()) {
            if (p instanceof ArtifactLines lines) {
                List<String> text = Files.readAllLines(folder.resolve(lines.artifact().value()),
                        java.nio.charset.StandardCharsets.ISO_8859_1);
                cited.addAll(text.subList(lines.firstLine() - 1, lines.lastLine()));
            }
        }
        assertFalse(top.evidence().isEmpty(), "a finding cites evidence");
        if (top.kind() != FindingKind.HEALTHY && top.kind() != FindingKind.MTU_BLACKHOLE) {
            assertTrue(cited.stream().anyMatch(l -> l.contains(sport) || l.contains("martian")),
                    "some cited line names the flow's source port " + sport + ": " + cited);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void controlsGetNoAsymmetryFinding(Path folder) throws Exception {
        String verdict = JSON.readTree(folder.resolve("expected.json").toFile()).get("verdict").asText();
        if (!verdict.equals("healthy") && !verdict.equals("mtu-blackhole")) {
            return;
        }
        for (Finding f : analyse(folder).findings()) {
            assertFalse(List.of(FindingKind.ASYMMETRIC_STATEFUL_DROP, FindingKind.ECMP_PARTIAL_ASYMMETRY,
                    FindingKind.NAT_RETURN_MISS).contains(f.kind()), f.summary());
        }
    }
}
