package dev.bothways.importers.nftables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.CorpusFiles;
import dev.bothways.importers.Diagnostic;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.FileAndPaste;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Severity;
import dev.bothways.importers.Sniff;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Progress;
import dev.bothways.model.netfilter.FirewallRule;
import dev.bothways.model.netfilter.FirewallRuleset;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NftJsonFormatTest {
    private static final ArtifactId ID = new ArtifactId("fw/nft.json");
    private static final Path LAB = Path.of("src/test/resources/dev/bothways/importers/lab");

    private static FirewallRuleset ruleset(ImportedArtifact artifact) {
        return artifact.items(FirewallRuleset.class).getFirst();
    }

    /** The typed parts of rules, without the text (JSON and text print rules differently). */
    private static List<List<Object>> typed(FirewallRuleset set) {
        Function<FirewallRule, List<Object>> parts = r -> List.of(r.chain(), r.position(), r.inInterface(),
                r.outInterface(), r.ctState(), r.ctStatus(), r.counters(), r.verdict(), r.logPrefix(), r.logs(), r.nat());
        return set.rules().stream().map(Evidence::fact).map(parts).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nftables-dump-ct-invalid-log-prefix", "nftables-dump-firewalld-large-ruleset",
            "nftables-dump-policy-counters"})
    void corpusJsonReadsLikeItsTextDump(String name) {
        ImportedArtifact json = FileAndPaste.both(CorpusFiles.file("netfilter/" + name + ".json"));
        ImportedArtifact text = FileAndPaste.both(CorpusFiles.file("netfilter/" + name + ".nft"));
        assertEquals("nft-ruleset-json", json.artifact().format());
        assertEquals(List.of(), json.diagnostics());
        assertEquals(typed(ruleset(text)), typed(ruleset(json)));
        assertEquals(ruleset(text).chains().stream().map(Evidence::fact).toList(),
                ruleset(json).chains().stream().map(Evidence::fact).toList());
    }

    @Test
    void setElementCountersDumpImports() {
        ImportedArtifact json = FileAndPaste.both(CorpusFiles.file("netfilter/nftables-dump-set-element-counters.json"));
        assertEquals(List.of(), json.diagnostics());
        assertEquals(8, json.understood());
    }

    @Test
    void labJsonReadsLikeLabText() {
        ImportedArtifact json = FileAndPaste.both(LAB.resolve("nft-j-list-ruleset.json"));
        ImportedArtifact text = FileAndPaste.both(LAB.resolve("nft-list-ruleset.txt"));
        assertEquals(List.of(), json.diagnostics());
        assertEquals(typed(ruleset(text)), typed(ruleset(json)));
    }

    @Test
    void ruleProvenanceIsItsObjectsLines() {
        FirewallRuleset set = ruleset(FileAndPaste.both(CorpusFiles.file("netfilter/nftables-dump-ct-invalid-log-prefix.json")));
        assertEquals(List.of(new ArtifactLines(new ArtifactId("nftables-dump-ct-invalid-log-prefix.json"), 25, 50)),
                set.rules().stream().map(Evidence::provenance).toList());
    }

    @Test
    void cutJsonKeepsCompleteObjectsAndSaysWhere() {
        String text = """
                {"nftables": [{"chain": {"family": "ip", "table": "t", "name": "c", "hook": "input", "prio": 0, "policy": "drop"}},
                {"rule": {"family": "ip", "table": "t", "chain": "c", "expr": [{"drop": null}]}},
                {"rule": {"family": "ip", "table": "t", "chain": "c", "expr": [{"acc""";
        ParseResult<FirewallRuleset> r = new NftJsonFormat().parse(ArtifactSource.of(ID, text), Progress.NONE);
        assertEquals(1, r.items().getFirst().rules().size());
        assertEquals(List.of(Severity.WARNING), r.diagnostics().stream().map(Diagnostic::severity).toList());
        assertEquals(List.of(DiagnosticKind.TRUNCATED), r.diagnostics().stream().map(Diagnostic::kind).toList());
        assertEquals(3, r.diagnostics().getFirst().line());
    }

    @Test
    void notJsonIsRefusedOnce() {
        ParseResult<FirewallRuleset> r = new NftJsonFormat().parse(ArtifactSource.of(ID, "\u0000\u0001\u0002"),
                Progress.NONE);
        assertEquals(1, r.diagnostics().size());
        assertEquals(Severity.ERROR, r.diagnostics().getFirst().severity());
    }

    @Test
    void detectsTheNftablesDocument() {
        NftJsonFormat f = new NftJsonFormat();
        assertEquals(MatchStrength.FULL, f.detect(new Sniff("x", "{\"nftables\": [{\"metainfo\"", "")));
        assertEquals(MatchStrength.FULL, f.detect(new Sniff("x", "{\n  \"nftables\": [\n", "")));
        assertEquals(MatchStrength.NO_MATCH, f.detect(new Sniff("x", "{\"1.0.0.0/24\": [", "")));
    }
}
