package dev.bothways.importers.conntrack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.CorpusFiles;
import dev.bothways.importers.Diagnostic;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.FileAndPaste;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Severity;
import dev.bothways.model.Addresses;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Progress;
import dev.bothways.model.Protocol;
import dev.bothways.model.netfilter.ConntrackEntry;
import dev.bothways.model.netfilter.ConntrackEvent;
import dev.bothways.model.netfilter.ConntrackEventType;
import dev.bothways.model.netfilter.ConntrackEvents;
import dev.bothways.model.netfilter.ConntrackFlag;
import dev.bothways.model.netfilter.ConntrackTable;
import dev.bothways.model.netfilter.ConntrackTuple;
import dev.bothways.model.netfilter.Counters;
import dev.bothways.model.netfilter.TcpConntrackState;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConntrackFormatsTest {
    private static final Path LAB = Path.of("src/test/resources/dev/bothways/importers/lab");
    private static final ArtifactId ID = new ArtifactId("fw/conntrack.txt");

    private static List<ConntrackEntry> entries(ImportedArtifact a) {
        return a.items(ConntrackTable.class).getFirst().entries().stream().map(Evidence::fact).toList();
    }

    private static List<ConntrackEvent> events(ImportedArtifact a) {
        return a.items(ConntrackEvents.class).getFirst().events().stream().map(Evidence::fact).toList();
    }

    private static ConntrackTuple tuple(String src, String dst, int sport, int dport) {
        return new ConntrackTuple(src, dst, OptionalInt.of(sport), OptionalInt.of(dport));
    }

    @Test
    void defaultListingWithPromptLine() {
        ImportedArtifact a = FileAndPaste.both(CorpusFiles.file("netfilter/netlink-876-conntrack-L.txt"));
        assertEquals("conntrack-table", a.artifact().format());
        assertEquals(List.of(), a.diagnostics());
        List<ConntrackEntry> e = entries(a);
        assertEquals(3, e.size());
        assertEquals(new ConntrackEntry(Optional.empty(), Protocol.TCP, 6, OptionalLong.of(52),
                Optional.of(TcpConntrackState.CLOSE_WAIT), tuple("172.20.36.14", "172.31.2.45", 51944, 5000),
                tuple("172.31.2.45", "172.20.36.14", 5000, 51944), Set.of(ConntrackFlag.ASSURED), OptionalLong.of(0),
                OptionalInt.empty(), OptionalInt.of(1), Optional.empty(), Optional.empty()), e.get(2));
        assertEquals(ArtifactLines.line(new ArtifactId("netlink-876-conntrack-L.txt"), 4),
                a.items(ConntrackTable.class).getFirst().entries().get(2).provenance());
    }

    @Test
    void procLineWithNamesInPlaceOfAddressesIsKeptUnreplied() {
        ImportedArtifact a = FileAndPaste.both(CorpusFiles.file("netfilter/firehol-358-nf-conntrack-unreplied.txt"));
        assertEquals(List.of(), a.diagnostics());
        ConntrackEntry e = entries(a).getFirst();
        assertEquals(new ConntrackEntry(Optional.of("ipv4"), Protocol.TCP, 6, OptionalLong.of(42),
                Optional.of(TcpConntrackState.SYN_SENT), tuple("sshclient", "sshserver", 53906, 22),
                tuple("sshserver", "sshclient", 22, 53906), Set.of(ConntrackFlag.UNREPLIED), OptionalLong.of(0),
                OptionalInt.of(0), OptionalInt.of(2), Optional.empty(), Optional.empty()), e);
        assertEquals(Optional.empty(), e.original().fiveTuple(e.protocol()));
    }

    @Test
    void labListingShowsMasqueradeAndDnatInReplyTuples() {
        ImportedArtifact a = FileAndPaste.both(LAB.resolve("conntrack-L.txt"));
        assertEquals(List.of(), a.diagnostics());
        List<ConntrackEntry> e = entries(a);
        assertEquals(List.of(true, true, true, true), e.stream().map(ConntrackEntry::sourceTranslated).toList());
        assertEquals(List.of(false, false, false, true), e.stream().map(ConntrackEntry::destinationTranslated).toList());
        assertEquals(Optional.of(new FiveTuple(Protocol.ICMP, Addresses.parse("10.77.1.2").orElseThrow(), 16665,
                Addresses.parse("10.77.2.2").orElseThrow(), 16665)), e.get(2).original().fiveTuple(Protocol.ICMP));
    }

    @Test
    void extendedAndProcFormsReadAlike() {
        ImportedArtifact ext = FileAndPaste.both(LAB.resolve("conntrack-L-o-extended.txt"));
        ImportedArtifact proc = FileAndPaste.both(LAB.resolve("proc-net-nf_conntrack.txt"));
        assertEquals(List.of(), ext.diagnostics());
        assertEquals(List.of(), proc.diagnostics());
        assertEquals(entries(ext).stream().map(ConntrackEntry::original).toList(),
                entries(proc).stream().map(ConntrackEntry::original).toList());
        assertEquals(OptionalInt.of(0), entries(proc).getFirst().zone());
    }

    @Test
    void eventsFollowOneConnectionFromSynToTimeWait() {
        ImportedArtifact a = FileAndPaste.both(LAB.resolve("conntrack-E.txt"));
        assertEquals("conntrack-events", a.artifact().format());
        assertEquals(List.of(), a.diagnostics());
        List<ConntrackEvent> e = events(a);
        assertEquals(20, e.size());
        List<Optional<TcpConntrackState>> states = e.stream()
                .filter(ev -> ev.entry().original().sourcePort().equals(OptionalInt.of(45304)))
                .map(ev -> ev.entry().state()).toList();
        assertEquals(List.of(TcpConntrackState.SYN_SENT, TcpConntrackState.SYN_RECV, TcpConntrackState.ESTABLISHED,
                TcpConntrackState.LAST_ACK, TcpConntrackState.LAST_ACK, TcpConntrackState.TIME_WAIT),
                states.stream().map(Optional::orElseThrow).toList());
        assertEquals(List.of(ConntrackEventType.NEW, ConntrackEventType.UPDATE), e.subList(0, 2).stream()
                .map(ConntrackEvent::type).toList());
        assertEquals(true, e.get(2).entry().unreplied());
        assertEquals(false, e.get(3).entry().unreplied());
    }

    @Test
    void timestampedEventsCarryTheirTime() {
        ImportedArtifact a = FileAndPaste.both(LAB.resolve("conntrack-E-o-timestamp-extended.txt"));
        assertEquals(List.of(), a.diagnostics());
        ConntrackEvent first = events(a).getFirst();
        assertEquals(Optional.of(Instant.parse("2026-11-24T13:01:41.314061Z")), first.time());
        assertEquals(Optional.of("ipv4"), first.entry().l3());
        assertEquals(Protocol.ICMP, first.entry().protocol());
    }

    @Test
    void destroyEventWithUdp() {
        String line = "[DESTROY] udp      17 src=192.0.2.20 dst=198.51.100.53 sport=40000 dport=53 "
                + "src=198.51.100.53 dst=192.0.2.20 sport=53 dport=40000 mark=7 zone=3\n";
        ParseResult<ConntrackEvents> r = new ConntrackEventsFormat().parse(ArtifactSource.of(ID, line), Progress.NONE);
        ConntrackEvent e = r.items().getFirst().events().getFirst().fact();
        assertEquals(new ConntrackEvent(ConntrackEventType.DESTROY, Optional.empty(), new ConntrackEntry(
                Optional.empty(), Protocol.UDP, 17, OptionalLong.empty(), Optional.empty(),
                tuple("192.0.2.20", "198.51.100.53", 40000, 53), tuple("198.51.100.53", "192.0.2.20", 53, 40000),
                Set.of(), OptionalLong.of(7), OptionalInt.of(3), OptionalInt.empty(), Optional.empty(), Optional.empty())), e);
    }

    @Test
    void cutLastLineKeepsTheOthers() {
        String text = "tcp      6 431981 ESTABLISHED src=172.20.36.14 dst=172.31.2.45 sport=59930 dport=17652 "
                + "src=172.31.2.45 dst=172.20.36.14 sport=17652 dport=59930 [ASSURED] mark=0 use=1\n"
                + "tcp      6 431952 ESTABLISHED src=172.20.36.14 dst=172.31.2.45 sport=51204 dpo";
        ParseResult<ConntrackTable> r = new ConntrackTableFormat().parse(ArtifactSource.of(ID, text), Progress.NONE);
        assertEquals(1, r.understood());
        assertEquals(List.of(new Diagnostic(Severity.WARNING, DiagnosticKind.TRUNCATED, ID, 2, 0,
                "tcp      6 431952 ESTABLISHED src=172.20.36.14 dst=172.31.2.45 sport=51204 dpo",
                "the last entry is cut (no reply tuple); the entries before it are kept")), r.diagnostics());
    }

    @Test
    void hostileInputIsOneError() {
        ParseResult<ConntrackTable> r = new ConntrackTableFormat().parse(
                ArtifactSource.of(ID, "x".repeat(50_000_000) + "\n\u0000\u0001 src=\n"), Progress.NONE);
        assertEquals(List.of(Severity.ERROR), r.diagnostics().stream().map(Diagnostic::severity).toList());
    }

    @Test
    void accountingCountersBelongToTheirDirection() {
        String line = "tcp      6 431999 ESTABLISHED src=10.0.0.1 dst=10.0.0.2 sport=5000 dport=80 packets=3 bytes=180 "
                + "src=10.0.0.2 dst=10.0.0.1 sport=80 dport=5000 packets=0 bytes=0 [ASSURED] mark=0 use=1\n";
        ConntrackEntry e = new ConntrackTableFormat().parse(ArtifactSource.of(ID, line), Progress.NONE).items()
                .getFirst().entries().getFirst().fact();
        assertEquals(List.of(Optional.of(Counters.exact(3, 180)), Optional.of(Counters.exact(0, 0))),
                List.of(e.originalCounters(), e.replyCounters()));
    }
}
