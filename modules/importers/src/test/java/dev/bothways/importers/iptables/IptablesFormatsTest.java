package dev.bothways.importers.iptables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.CorpusFiles;
import dev.bothways.importers.Diagnostic;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.FileAndPaste;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Severity;
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
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IptablesFormatsTest {
    private static final Path LAB = Path.of("src/test/resources/dev/bothways/importers/iptables");
    private static final ArtifactId ID = new ArtifactId("fw/iptables.txt");

    private static FirewallRuleset ruleset(ImportedArtifact a) {
        return a.items(FirewallRuleset.class).getFirst();
    }

    private static List<FirewallRule> rules(ImportedArtifact a) {
        return ruleset(a).rules().stream().map(Evidence::fact).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jc-centos7-iptables-filter-L-nv.out", "jc-centos7-iptables-filter-L.out",
            "jc-centos7-iptables-filter-line-numbers.out", "jc-centos7-iptables-mangle-L.out",
            "jc-centos7-iptables-nat-L.out", "jc-generic-iptables-no-jump.out", "jc-ubuntu1804-iptables-filter-L-nv.out"})
    void corpusListingsImportWithoutDiagnostics(String name) {
        ImportedArtifact a = FileAndPaste.both(CorpusFiles.file("netfilter/" + name));
        assertEquals("iptables-list", a.artifact().format());
        assertEquals(List.of(), a.diagnostics());
    }

    @Test
    void tableIsInferredFromBuiltinChains() {
        Function<String, String> table = name -> ruleset(FileAndPaste.both(CorpusFiles.file("netfilter/" + name)))
                .chains().getFirst().fact().table();
        assertEquals(List.of("nat", "mangle", "filter"), List.of(table.apply("jc-centos7-iptables-nat-L.out"),
                table.apply("jc-centos7-iptables-mangle-L.out"), table.apply("jc-centos7-iptables-filter-L.out")));
    }

    @Test
    void roundedCountersAreMarkedInexact() {
        List<FirewallRule> r = rules(FileAndPaste.both(CorpusFiles.file("netfilter/jc-centos7-iptables-filter-L-nv.out")));
        assertEquals(Optional.of(new Counters(4175, 1_130_000, false)), r.getFirst().counters());
    }

    @Test
    void ruleWithoutTargetHasNoVerdict() {
        List<FirewallRule> r = rules(FileAndPaste.both(CorpusFiles.file("netfilter/jc-generic-iptables-no-jump.out")));
        assertEquals(List.of(Optional.empty()), r.stream().map(FirewallRule::verdict).toList());
    }

    @Test
    void labListingHasStatesLogAndJump() {
        ImportedArtifact a = FileAndPaste.both(LAB.resolve("ipt-L-vnx.txt"));
        assertEquals(List.of(), a.diagnostics());
        List<FirewallRule> r = rules(a);
        assertEquals(Optional.of("lo"), r.get(0).inInterface());
        assertEquals(Optional.of(Counters.exact(4, 336)), r.get(0).counters());
        assertEquals(List.of(true, Optional.of("bw-invalid: "), Optional.empty()),
                List.of(r.get(1).logs(), r.get(1).logPrefix(), r.get(1).verdict()));
        assertEquals(true, r.get(2).dropsInvalid());
        assertEquals(Optional.of(CtMatch.of(Set.of(CtState.RELATED, CtState.ESTABLISHED))), r.get(3).ctState());
        assertEquals(Optional.of(Verdict.to(VerdictKind.JUMP, "bw_custom")), r.get(4).verdict());
        assertEquals(Optional.of(new CtMatch<>(true, Set.of(CtState.NEW))), r.get(5).ctState());
        assertEquals(Optional.of(CtMatch.of(Set.of(CtStatus.ASSURED))), r.get(6).ctStatus());
        FirewallChain forward = r.get(4).chain();
        assertEquals(new FirewallChain(NetfilterFamily.IP, "filter", "FORWARD", Optional.of("filter"),
                Optional.of(Hook.FORWARD), OptionalInt.of(0), Optional.of(VerdictKind.DROP),
                Optional.of(Counters.exact(0, 0))), forward);
        assertEquals(ArtifactLines.line(new ArtifactId("ipt-L-vnx.txt"), 10), ruleset(a).rules().get(4).provenance());
    }

    @Test
    void labListingAndSaveAgree() {
        ImportedArtifact save = FileAndPaste.both(LAB.resolve("ipt-save-c.txt"));
        ImportedArtifact list = FileAndPaste.both(LAB.resolve("ipt-L-vnx.txt"));
        ImportedArtifact nat = FileAndPaste.both(LAB.resolve("ipt-nat-L-vnx.txt"));
        assertEquals("iptables-save", save.artifact().format());
        assertEquals(List.of(), save.diagnostics());
        Function<FirewallRule, List<Object>> typed = r -> List.of(r.chain(), r.position(), r.inInterface(),
                r.outInterface(), r.ctState(), r.ctStatus(), r.counters(), r.verdict(), r.logPrefix(), r.logs(), r.nat());
        List<List<Object>> fromSave = rules(save).stream().map(typed).toList();
        List<List<Object>> fromLists = java.util.stream.Stream.concat(rules(list).stream(), rules(nat).stream())
                .map(typed).toList();
        assertEquals(fromLists.stream().map(Object::toString).sorted().toList(),
                fromSave.stream().map(Object::toString).sorted().toList());
        assertEquals(List.of(Optional.of(new NatStatement(NatKind.DNAT, Optional.of("10.77.2.2:80"))),
                Optional.of(new NatStatement(NatKind.MASQUERADE, Optional.empty())),
                Optional.of(new NatStatement(NatKind.SNAT, Optional.of("198.51.100.7")))),
                rules(save).subList(7, 10).stream().map(FirewallRule::nat).toList());
    }

    @Test
    void partialSaveSaysTheFilterTableIsMissing() {
        ImportedArtifact a = FileAndPaste.both(CorpusFiles.file("netfilter/algo-296-iptables-save-chain-counters-partial.txt"));
        assertEquals(List.of(new Diagnostic(Severity.NOTE, DiagnosticKind.SUSPICIOUS,
                new ArtifactId("algo-296-iptables-save-chain-counters-partial.txt"), 0, 0, "",
                "no *filter table in this dump (only nat, mangle): it was left out or not captured")), a.diagnostics());
        FirewallRuleset set = ruleset(a);
        assertEquals(Optional.of(new NatStatement(NatKind.MASQUERADE, Optional.empty())),
                set.rules().getFirst().fact().nat());
        assertEquals(Optional.of(Counters.exact(126, 70885)), set.chains().get(4).fact().policyCounters());
    }

    @Test
    void saveCutBeforeCommit() {
        ParseResult<FirewallRuleset> r = new IptablesSaveFormat().parse(ArtifactSource.of(ID, """
                *filter
                :INPUT DROP [0:0]
                [3:180] -A INPUT -p tcp -m tcp --dport 22 -j ACCEPT
                [1:60] -A INPUT -m conntrack --ctstate INV"""), Progress.NONE);
        assertEquals(2, r.understood());
        assertEquals(List.of(new Diagnostic(Severity.WARNING, DiagnosticKind.TRUNCATED, ID, 4, 0, "",
                "table filter (from line 1) has no COMMIT: the dump was cut; what came before is kept")),
                r.diagnostics());
    }

    @Test
    void hostileListingIsOneError() {
        ParseResult<FirewallRuleset> r = new IptablesListFormat().parse(ArtifactSource.of(ID,
                "\u0000garbage\n".repeat(10_000)), Progress.NONE);
        assertEquals(List.of(Severity.ERROR), r.diagnostics().stream().map(Diagnostic::severity).toList());
    }

    @Test
    void commandLineTableWins() {
        ParseResult<FirewallRuleset> list = new IptablesListFormat().parse(ArtifactSource.of(ID, """
                Chain INPUT (policy ACCEPT)
                target     prot opt source               destination
                ACCEPT     all  --  anywhere             anywhere
                """).withCommandLine(Optional.of("iptables -t raw -L")), Progress.NONE);
        ParseResult<FirewallRuleset> specs = new IptablesSaveFormat().parse(ArtifactSource.of(ID, """
                -P PREROUTING ACCEPT
                -A PREROUTING -p tcp --dport 80 -j DNAT --to-destination 10.0.0.2
                """).withCommandLine(Optional.of("iptables -t nat -S")), Progress.NONE);
        assertEquals(List.of("raw", "nat"), List.of(list.items().getFirst().chains().getFirst().fact().table(),
                specs.items().getFirst().rules().getFirst().fact().chain().table()));
    }

    @Test
    void ip6tablesDumpsAreIpv6Family() {
        ParseResult<FirewallRuleset> save = new IptablesSaveFormat().parse(ArtifactSource.of(ID, """
                # Generated by ip6tables-save v1.8.9 (nf_tables) on Tue Nov 24 13:10:50 2026
                *filter
                :INPUT DROP [0:0]
                -A INPUT -m conntrack --ctstate INVALID -j DROP
                COMMIT
                """), Progress.NONE);
        ParseResult<FirewallRuleset> list = new IptablesListFormat().parse(ArtifactSource.of(ID, """
                Chain INPUT (policy DROP 0 packets, 0 bytes)
                 pkts bytes target     prot opt in     out     source               destination
                    0     0 DROP       all      *      *       ::/0                 ::/0                 ctstate INVALID
                """), Progress.NONE);
        assertEquals(List.of(NetfilterFamily.IP6, NetfilterFamily.IP6), List.of(
                save.items().getFirst().rules().getFirst().fact().chain().family(),
                list.items().getFirst().chains().getFirst().fact().family()));
        assertEquals(List.of(), save.diagnostics());
    }

    @Test
    void ruleSpecsOfIptablesDashS() {
        ImportedArtifact a = FileAndPaste.both(LAB.resolve("ipt-S.txt"));
        assertEquals("iptables-save", a.artifact().format());
        assertEquals(List.of(), a.diagnostics());
        FirewallRuleset set = ruleset(a);
        assertEquals(List.of("INPUT", "FORWARD", "OUTPUT", "bw_custom"),
                set.chains().stream().map(c -> c.fact().name()).toList());
        assertEquals(Optional.of(VerdictKind.DROP), set.chains().get(1).fact().policy());
        List<FirewallRule> r = rules(a);
        assertEquals(List.of(Optional.of("bw invalid: "), Optional.empty(), Optional.empty(), Optional.empty()),
                r.stream().map(FirewallRule::logPrefix).toList());
        assertEquals(true, r.get(1).dropsInvalid());
        assertEquals(Optional.of(Verdict.to(VerdictKind.JUMP, "bw_custom")), r.get(2).verdict());
    }
}
