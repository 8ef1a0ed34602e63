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
import dev.bothways.model.netfilter.Counters;
import dev.bothways.model.netfilter.CtMatch;
import dev.bothways.model.netfilter.CtState;
import dev.bothways.model.netfilter.CtStatus;
import dev.bothways.model.netfilter.FirewallChain;
import dev.bothways.model.netfilter.FirewallRule;
import dev.bothways.model.netfilter.FirewallRuleset;
import dev.bothways.model.netfilter.Hook;
import dev.bothways.model.netfilter.NatKind;
import dev.bothways.model.netfilter.NatStatement;
import dev.bothways.model.netfilter.NetfilterFamily;
import dev.bothways.model.netfilter.Verdict;
import dev.bothways.model.netfilter.VerdictKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NftTextFormatTest {
    private static final ArtifactId ID = new ArtifactId("fw/nft.txt");
    private static final Path LAB = Path.of("src/test/resources/dev/bothways/importers/lab");

    private static ParseResult<FirewallRuleset> parse(String text) {
        return new NftTextFormat().parse(ArtifactSource.of(ID, text), Progress.NONE);
    }

    private static FirewallRuleset ruleset(ImportedArtifact artifact) {
        return artifact.items(FirewallRuleset.class).getFirst();
    }

    @ParameterizedTest
    @ValueSource(strings = {"nftables-dump-ct-invalid-log-prefix.nft", "nftables-dump-firewalld-large-ruleset.nft",
            "nftables-dump-policy-counters.nft", "nftables-dump-sample-ruleset-counters.nft",
            "nftables-dump-set-element-counters.nft", "nftables-dump-set-lookups-iif.nft"})
    void corpusRulesetsImportWithoutDiagnostics(String name) {
        ImportedArtifact artifact = FileAndPaste.both(CorpusFiles.file("netfilter/" + name));
        assertEquals("nft-ruleset", artifact.artifact().format());
        assertEquals(List.of(), artifact.diagnostics());
    }

    @Test
    void invalidStateRuleLogsWithItsPrefix() {
        FirewallRuleset set = ruleset(FileAndPaste.both(
                CorpusFiles.file("netfilter/nftables-dump-ct-invalid-log-prefix.nft")));
        FirewallChain y = FirewallChain.regular(NetfilterFamily.IP, "x", "y");
        FirewallRule expected = new FirewallRule(y, 1, OptionalLong.empty(),
                "ct state invalid log prefix \"invalid state match, logging:\"", Optional.empty(), Optional.empty(),
                Optional.of(CtMatch.of(Set.of(CtState.INVALID))), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("invalid state match, logging:"), true, Optional.empty());
        assertEquals(List.of(new Evidence<>(expected, ArtifactLines.line(
                new ArtifactId("nftables-dump-ct-invalid-log-prefix.nft"), 3))), set.rules());
    }

    @Test
    void basePolicyCountersAndGotoAreRead() {
        FirewallRuleset set = ruleset(FileAndPaste.both(CorpusFiles.file("netfilter/nftables-dump-policy-counters.nft")));
        FirewallChain input = new FirewallChain(NetfilterFamily.INET, "filter", "input", Optional.of("filter"),
                Optional.of(Hook.INPUT), OptionalInt.of(0), Optional.of(VerdictKind.DROP), Optional.empty());
        assertEquals(List.of(FirewallChain.regular(NetfilterFamily.INET, "filter", "underflow"), input),
                set.chains().stream().map(Evidence::fact).toList());
        List<FirewallRule> rules = set.rules().stream().map(Evidence::fact).toList();
        assertEquals(List.of(Optional.of(Verdict.of(VerdictKind.ACCEPT)), Optional.of(Verdict.of(VerdictKind.ACCEPT)),
                Optional.of(Verdict.to(VerdictKind.GOTO, "underflow"))), rules.stream().map(FirewallRule::verdict).toList());
        assertEquals(Optional.of(Counters.exact(3, 252)), rules.get(1).counters());
        assertEquals(new ArtifactLines(new ArtifactId("nftables-dump-policy-counters.nft"), 5, 10),
                set.chains().get(1).provenance());
    }

    @Test
    void namedPrioritiesWithOffsetsResolveToNumbers() {
        FirewallRuleset set = ruleset(FileAndPaste.both(
                CorpusFiles.file("netfilter/nftables-dump-firewalld-large-ruleset.nft")));
        FirewallChain pre = set.chains().getFirst().fact();
        assertEquals(List.of("nat_PREROUTING", "nat", "PREROUTING", "-90", "ACCEPT"), List.of(pre.name(),
                pre.type().orElseThrow(), pre.hook().orElseThrow().name(), String.valueOf(pre.priority().getAsInt()),
                pre.policy().orElseThrow().name()));
    }

    @Test
    void anonymousChainStaysOneRuleOverItsLines() {
        FirewallRuleset set = ruleset(FileAndPaste.both(
                CorpusFiles.file("netfilter/nftables-dump-sample-ruleset-counters.nft")));
        Evidence<FirewallRule> syn = set.rules().stream()
                .filter(r -> r.fact().text().startsWith("tcp flags syn jump {")).findFirst().orElseThrow();
        assertEquals(new ArtifactLines(new ArtifactId("nftables-dump-sample-ruleset-counters.nft"), 53, 56),
                syn.provenance());
        assertEquals(Optional.of(Verdict.to(VerdictKind.JUMP, "(anonymous)")), syn.fact().verdict());
    }

    @Test
    void labRulesetHasStateNatAndLogRules() {
        FirewallRuleset set = ruleset(FileAndPaste.both(LAB.resolve("nft-list-ruleset.txt")));
        List<FirewallRule> rules = set.rules().stream().map(Evidence::fact).toList();
        assertEquals(8, rules.size());
        FirewallRule invalid = rules.getFirst();
        assertEquals(true, invalid.dropsInvalid());
        assertEquals(Optional.of("bw-invalid: "), invalid.logPrefix());
        assertEquals(Optional.of(CtMatch.of(Set.of(CtState.ESTABLISHED, CtState.RELATED))), rules.get(1).ctState());
        assertEquals(Optional.of(Counters.exact(28, 2968)), rules.get(1).counters());
        assertEquals(List.of(Optional.of("ra"), Optional.of("rb")), List.of(rules.get(2).inInterface(),
                rules.get(2).outInterface()));
        assertEquals(Optional.of(CtMatch.of(Set.of(CtStatus.DNAT))), rules.get(5).ctStatus());
        assertEquals(Optional.of(new NatStatement(NatKind.DNAT, Optional.of("10.77.2.2:8080"))), rules.get(6).nat());
        assertEquals(Optional.of(new NatStatement(NatKind.MASQUERADE, Optional.empty())), rules.get(7).nat());
        assertEquals(OptionalInt.of(100), rules.get(7).chain().priority());
    }

    @Test
    void handlesOfNftDashAAreRead() {
        FirewallRuleset set = ruleset(FileAndPaste.both(LAB.resolve("nft-a-list-ruleset.txt")));
        assertEquals(List.of(3L, 4L, 5L, 6L, 7L, 8L, 3L, 4L),
                set.rules().stream().map(r -> r.fact().handle().getAsLong()).toList());
        assertEquals(List.of(), FileAndPaste.file(LAB.resolve("nft-a-list-ruleset.txt")).diagnostics());
    }

    @Test
    void negatedStateSetInBraces() {
        ParseResult<FirewallRuleset> r = parse("""
                table inet f {
                	chain c {
                		ct state != { established, related } counter packets 5 bytes 300 drop
                	}
                }
                """);
        FirewallRule rule = r.items().getFirst().rules().getFirst().fact();
        assertEquals(Optional.of(new CtMatch<>(true, Set.of(CtState.ESTABLISHED, CtState.RELATED))), rule.ctState());
        assertEquals(true, rule.dropsInvalid());
        assertEquals(List.of(), r.diagnostics());
    }

    @Test
    void verdictInsideVerdictMapIsNotTheRulesVerdict() {
        ParseResult<FirewallRuleset> r = parse("""
                table inet f {
                	chain c {
                		iifname vmap { "eth0" : jump a, "eth1" : drop }
                	}
                }
                """);
        assertEquals(Optional.empty(), r.items().getFirst().rules().getFirst().fact().verdict());
    }

    @Test
    void cutPasteKeepsRulesAndSaysWhereItStopped() {
        ParseResult<FirewallRuleset> r = parse("""
                table inet filter {
                	chain input {
                		type filter hook input priority filter; policy drop;
                		ct state established,related accept
                		tcp dport 22 acc""");
        assertEquals(2, r.items().getFirst().rules().size());
        assertEquals(List.of(new Diagnostic(Severity.WARNING, DiagnosticKind.TRUNCATED, ID, 5, 0, "",
                "the ruleset ends inside chain input of table filter: the output was cut; what came before is kept")),
                r.diagnostics());
    }

    @Test
    void binaryLookingTextIsRefusedOnce() {
        ParseResult<FirewallRuleset> r = parse("\u0001\u0002garbage\nmore garbage\n".repeat(100));
        assertEquals(1, r.diagnostics().size());
        assertEquals(DiagnosticKind.REFUSED, r.diagnostics().getFirst().kind());
        assertEquals(1, r.diagnostics().getFirst().line());
    }

    @Test
    void hugeSingleLineIsRefusedQuickly() {
        ParseResult<FirewallRuleset> r = parse("table ip x {" + "a".repeat(50_000_000));
        assertEquals(List.of(DiagnosticKind.REFUSED), r.diagnostics().stream().map(Diagnostic::kind).toList());
    }

    @Test
    void detectsByCommandLineAndByFirstLine() {
        NftTextFormat f = new NftTextFormat();
        assertEquals(MatchStrength.FULL, f.detect(new Sniff("x", "whatever", "nft list ruleset")));
        assertEquals(MatchStrength.NO_MATCH, f.detect(new Sniff("x", "{\"nftables\": []}", "nft -j list ruleset")));
        assertEquals(MatchStrength.FULL, f.detect(new Sniff("x", "table inet filter {\n\tchain input {\n", "")));
        assertEquals(MatchStrength.NO_MATCH, f.detect(new Sniff("x", "Chain INPUT (policy ACCEPT)\n", "")));
    }
}
