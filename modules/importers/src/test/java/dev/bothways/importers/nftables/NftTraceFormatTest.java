package dev.bothways.importers.nftables;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.Diagnostic;
import dev.bothways.importers.FileAndPaste;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Severity;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Progress;
import dev.bothways.model.Protocol;
import dev.bothways.model.netfilter.NetfilterFamily;
import dev.bothways.model.netfilter.NftTrace;
import dev.bothways.model.netfilter.NftTraceEvent;
import dev.bothways.model.netfilter.NftTraceKind;
import dev.bothways.model.netfilter.TracedPacket;
import dev.bothways.model.netfilter.Verdict;
import dev.bothways.model.netfilter.VerdictKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NftTraceFormatTest {
    private static final Path LAB = Path.of("src/test/resources/dev/bothways/importers/lab");

    @Test
    void synWalksThroughPreroutingAndIsAcceptedInForward() {
        ImportedArtifact a = FileAndPaste.both(LAB.resolve("nft-monitor-trace.txt"));
        assertEquals("nft-trace", a.artifact().format());
        assertEquals(List.of(), a.diagnostics());
        List<Evidence<NftTraceEvent>> events = a.items(NftTrace.class).getFirst().events();
        assertEquals(60, events.size());
        TracedPacket syn = new TracedPacket(Optional.of("ra"), Optional.empty(), Optional.of("10.78.1.2"),
                Optional.of("10.78.2.2"), Protocol.TCP, OptionalInt.of(57192), OptionalInt.of(8080), Optional.of("syn"),
                OptionalInt.of(61776));
        assertEquals(new NftTraceEvent("4d0efe9d", NetfilterFamily.INET, "filter", "pre", NftTraceKind.PACKET,
                Optional.empty(), Optional.empty(), Optional.of(syn)), events.getFirst().fact());
        assertEquals(new NftTraceEvent("4d0efe9d", NetfilterFamily.INET, "filter", "forward", NftTraceKind.RULE,
                Optional.of("iifname \"ra\" oifname \"rb\" tcp dport 8080 ct state new counter packets 0 bytes 0 accept"),
                Optional.of(Verdict.of(VerdictKind.ACCEPT)), Optional.empty()), events.get(4).fact());
        assertEquals(ArtifactLines.line(new ArtifactId("nft-monitor-trace.txt"), 5), events.get(4).provenance());
        assertEquals(Optional.of(Verdict.of(VerdictKind.ACCEPT)), events.get(2).fact().verdict());
        assertEquals(Optional.of("0x12"), events.get(5).fact().packet().flatMap(TracedPacket::tcpFlags));
    }

    @Test
    void jumpVerdictKeepsItsTarget() {
        ParseResult<NftTrace> r = new NftTraceFormat().parse(ArtifactSource.of(new ArtifactId("t"),
                "trace id 1 ip filter input rule ip saddr 10.0.0.1 jump blocked (verdict jump blocked)\n"
                        + "trace id 1 ip filter blocked verdict drop\n"), Progress.NONE);
        assertEquals(List.of(Optional.of(Verdict.to(VerdictKind.JUMP, "blocked")), Optional.of(Verdict.of(VerdictKind.DROP))),
                r.items().getFirst().events().stream().map(e -> e.fact().verdict()).toList());
    }

    @Test
    void garbageIsOneError() {
        ParseResult<NftTrace> r = new NftTraceFormat().parse(ArtifactSource.of(new ArtifactId("t"), "trace\nzzz\n"),
                Progress.NONE);
        assertEquals(List.of(Severity.ERROR), r.diagnostics().stream().map(Diagnostic::severity).toList());
    }
}
