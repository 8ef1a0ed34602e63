package dev.bothways.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.model.Evidence;
import dev.bothways.model.frr.RibEntry;
import dev.bothways.model.frr.RibTable;
import dev.bothways.model.kernellog.KernelLog;
import dev.bothways.model.kernellog.KernelLogPacket;
import dev.bothways.model.kernellog.MartianKind;
import dev.bothways.model.netfilter.ConntrackEvents;
import dev.bothways.model.netfilter.FirewallRule;
import dev.bothways.model.netfilter.FirewallRuleset;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The lab's collected cases: every firewall, conntrack, kernel log and FRR file is detected right and read without errors. */
class FirewallAndRoutingLabCasesTest {
    private static final Map<String, String> FORMAT_BY_NAME = Map.of(
            "nft-ruleset.nft", "nft-ruleset", "nft-ruleset.json", "nft-ruleset-json",
            "conntrack-list.txt", "conntrack-table", "conntrack-events.txt", "conntrack-events",
            "kernel-log.txt", "kernel-log", "vtysh-show-ip-route.txt", "frr-route",
            "vtysh-show-ip-route.json", "frr-route-json");

    static Stream<Path> files() {
        try (Stream<Path> all = Files.walk(CorpusFiles.labCases())) {
            return all.filter(p -> FORMAT_BY_NAME.containsKey(p.getFileName().toString())).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("files")
    void labFileIsDetectedAndReadWithoutErrors(Path file) {
        ImportedArtifact a = FileAndPaste.both(file);
        assertEquals(FORMAT_BY_NAME.get(file.getFileName().toString()), a.artifact().format());
        assertEquals(List.of(), FileAndPaste.errors(a));
        assertEquals(List.of(), a.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING)
                .map(Diagnostic::toString).toList());
    }

    @Test
    void secondFirewallLogsTheReturnSynAckAsInvalid() {
        KernelLog log = FileAndPaste.both(CorpusFiles.sample("firewall-pair-ecmp/fw2/kernel-log.txt"))
                .items(KernelLog.class).getFirst();
        KernelLogPacket first = log.packets().getFirst().fact();
        assertEquals(List.of("INVALID", "fw2-r2", "fw2-r1", "10.0.2.10", "10.0.1.10"), List.of(first.prefix(),
                first.inInterface().orElseThrow(), first.outInterface().orElseThrow(), first.source(),
                first.destination()));
    }

    @Test
    void strictRpFilterServerReportsMartiansWithTheirHeaders() {
        KernelLog log = FileAndPaste.both(CorpusFiles.sample("rpfilter-strict/server/kernel-log.txt"))
                .items(KernelLog.class).getFirst();
        assertEquals(true, log.martians().size() > 0);
        assertEquals(true, log.martians().stream().map(Evidence::fact)
                .allMatch(m -> m.kind() == MartianKind.SOURCE && m.linkHeader().isPresent()));
    }

    @Test
    void firewallRulesetsDropInvalidAndEventsExist() {
        FirewallRuleset rules = FileAndPaste.both(CorpusFiles.sample("firewall-pair-ecmp/fw2/nft-ruleset.nft"))
                .items(FirewallRuleset.class).getFirst();
        assertEquals(true, rules.rules().stream().map(Evidence::fact).anyMatch(FirewallRule::dropsInvalid));
        ConntrackEvents events = FileAndPaste.both(CorpusFiles.sample("firewall-pair-ecmp/fw1/conntrack-events.txt"))
                .items(ConntrackEvents.class).getFirst();
        assertEquals(true, events.events().getFirst().fact().time().isPresent());
    }

    @Test
    void routerRibTextAndJsonHoldTheSamePrefixes() {
        List<String> text = FileAndPaste.both(CorpusFiles.sample("firewall-pair-ecmp/r1/vtysh-show-ip-route.txt"))
                .items(RibTable.class).getFirst().entries().stream().map(e -> e.fact().prefix().toString()).sorted().toList();
        List<String> json = FileAndPaste.both(CorpusFiles.sample("firewall-pair-ecmp/r1/vtysh-show-ip-route.json"))
                .items(RibTable.class).getFirst().entries().stream().map(Evidence::fact).map(RibEntry::prefix)
                .map(Object::toString).sorted().toList();
        assertEquals(text, json);
    }
}
