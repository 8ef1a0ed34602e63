package dev.bothways.importers.kernellog;

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
import dev.bothways.model.kernellog.KernelLog;
import dev.bothways.model.kernellog.KernelLogPacket;
import dev.bothways.model.kernellog.LogStamp;
import dev.bothways.model.kernellog.LogTime;
import dev.bothways.model.kernellog.MartianKind;
import dev.bothways.model.kernellog.MartianReport;
import dev.bothways.model.kernellog.TcpFlag;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KernelLogFormatTest {
    private static final ArtifactId ID = new ArtifactId("fw/kern.log");

    private static KernelLog log(ImportedArtifact a) {
        return a.items(KernelLog.class).getFirst();
    }

    private static KernelLog parse(String text) {
        return new KernelLogFormat().parse(ArtifactSource.of(ID, text), Progress.NONE).items().getFirst();
    }

    private static KernelLogPacket packet(String file, int index) {
        return log(FileAndPaste.both(CorpusFiles.file("kernellog/" + file))).packets().get(index).fact();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cilium-25229-state-invalid-drop.log", "emailwiz-251-ufw-block.log",
            "firehol-358-blocked-invalid-forward.log", "fwbuilder-107-ipv6-bridge-invalid-synack.log",
            "transmission-3341-martian-source.log", "wazuh-ruleset-649-ufw-block.log"})
    void corpusLogsImportWithoutDiagnostics(String name) {
        ImportedArtifact a = FileAndPaste.both(CorpusFiles.file("kernellog/" + name));
        assertEquals("kernel-log", a.artifact().format());
        assertEquals(List.of(), a.diagnostics());
    }

    @Test
    void cutPasteWordsAreFlaggedOnTheirLines() {
        ImportedArtifact a = FileAndPaste.both(CorpusFiles.file("kernellog/ipset-asus-51-blocked-inbound-invalid.log"));
        assertEquals(4, log(a).packets().size());
        assertEquals(List.of(2, 3), a.diagnostics().stream().map(Diagnostic::line).toList());
        assertEquals(List.of(DiagnosticKind.SUSPICIOUS, DiagnosticKind.SUSPICIOUS),
                a.diagnostics().stream().map(Diagnostic::kind).toList());
        assertEquals(List.of(Severity.WARNING, Severity.WARNING),
                a.diagnostics().stream().map(Diagnostic::severity).toList());
    }

    @Test
    void forwardedAckDroppedAsInvalidWithHumanTime() {
        KernelLogPacket p = packet("cilium-25229-state-invalid-drop.log", 0);
        assertEquals(new LogStamp(Optional.of(new LogTime.Local(LocalDateTime.parse("2023-05-02T10:50:57"))),
                Optional.empty(), Optional.empty()), p.stamp());
        assertEquals("STATE_INVALID_DROP:", p.prefix());
        assertEquals(true, p.forwarded());
        assertEquals(Set.of(TcpFlag.ACK), p.tcpFlags());
        assertEquals(Optional.of(new FiveTuple(Protocol.TCP, Addresses.parse("172.18.200.4").orElseThrow(), 43924,
                Addresses.parse("10.142.0.58").orElseThrow(), 80)), p.flow());
    }

    @Test
    void ufwBlockWithSyslogTimeHostAndUptime() {
        KernelLogPacket p = packet("wazuh-ruleset-649-ufw-block.log", 1);
        assertEquals(new LogStamp(Optional.of(new LogTime.Yearless(MonthDay.of(11, 18), LocalTime.of(13, 39, 49))),
                Optional.of(Duration.ofSeconds(10051, 313_745_000)), Optional.of("UFW")), p.stamp());
        assertEquals("[UFW BLOCK]", p.prefix());
        assertEquals(Optional.empty(), p.outInterface());
        assertEquals(List.of(Protocol.OTHER, "2"), List.of(p.protocol(), p.protocolName()));
        KernelLogPacket udp = packet("wazuh-ruleset-649-ufw-block.log", 0);
        assertEquals(List.of("44", "194"), List.of(udp.fields().get("LEN"), udp.fields().get("LEN#2")));
    }

    @Test
    void prefixGluedToInAndNamesForAddresses() {
        KernelLogPacket p = packet("firehol-358-blocked-invalid-forward.log", 0);
        assertEquals("BLOCKED INVALID FORWARD:", p.prefix());
        assertEquals(List.of("pinged", "pinger"), List.of(p.source(), p.destination()));
        assertEquals(Optional.empty(), p.flow());
        assertEquals(OptionalInt.of(12715), p.sourcePort());
    }

    @Test
    void ipv6BridgeSynAckWithIsoTime() {
        ImportedArtifact a = FileAndPaste.both(CorpusFiles.file("kernellog/fwbuilder-107-ipv6-bridge-invalid-synack.log"));
        Evidence<KernelLogPacket> e = log(a).packets().get(1);
        assertEquals(ArtifactLines.line(new ArtifactId("fwbuilder-107-ipv6-bridge-invalid-synack.log"), 2),
                e.provenance());
        KernelLogPacket p = e.fact();
        assertEquals(new LogStamp(Optional.of(new LogTime.Zoned(OffsetDateTime.parse("2020-08-12T19:43:13.020588+00:00"))),
                Optional.of(Duration.ofSeconds(364817, 332_062_000)), Optional.of("sys-01")), p.stamp());
        assertEquals("INVALID state -- DENY", p.prefix());
        assertEquals(Set.of(TcpFlag.SYN, TcpFlag.ACK), p.tcpFlags());
        assertEquals(Optional.of("vnet1"), Optional.ofNullable(p.fields().get("PHYSIN")));
    }

    @Test
    void martianReportsTakeTheirLinkHeaderLine() {
        ImportedArtifact a = FileAndPaste.both(CorpusFiles.file("kernellog/transmission-3341-martian-source.log"));
        List<Evidence<MartianReport>> m = log(a).martians();
        assertEquals(6, m.size());
        assertEquals(new Evidence<>(new MartianReport(new LogStamp(Optional.empty(),
                Optional.of(Duration.ofSeconds(2346719, 431_459_000)), Optional.empty()), MartianKind.SOURCE,
                "172.16.16.252", "172.16.16.252", "ens1", Optional.of("00 0a cd 26 1c 49 60 a4 4c 26 f5 88 08 00")),
                new ArtifactLines(new ArtifactId("transmission-3341-martian-source.log"), 2, 3)), m.getFirst());
    }

    @Test
    void journalShortIsoAndStateField() {
        KernelLog log = parse("""
                2026-11-24T12:13:01+0000 fw2 kernel: bw-drop: IN=eth1 OUT=eth0 SRC=203.0.113.10 DST=192.0.2.20 LEN=60 TOS=0x00 PREC=0x00 TTL=63 ID=0 DF PROTO=TCP SPT=443 DPT=43122 WINDOW=65160 RES=0x00 ACK SYN URGP=0 STATE=INVALID
                2026-11-24T12:13:02+0000 fw2 sshd[812]: Accepted publickey for root
                Nov 24 12:13:03 fw2 kernel: IPv4: martian source 192.0.2.20 from 203.0.113.10, on dev eth1
                """);
        KernelLogPacket p = log.packets().getFirst().fact();
        assertEquals(Optional.of("INVALID"), p.ctState());
        assertEquals(Optional.of(new LogTime.Zoned(OffsetDateTime.parse("2026-11-24T12:13:01Z"))), p.stamp().clock());
        assertEquals(List.of(Optional.empty()), log.martians().stream().map(m -> m.fact().linkHeader()).toList());
        assertEquals(new ArtifactLines(ID, 3, 3), log.martians().getFirst().provenance());
    }

    @Test
    void cutLastLineIsTruncation() {
        ParseResult<KernelLog> r = new KernelLogFormat().parse(ArtifactSource.of(ID,
                "[10.5] x: IN=eth0 OUT= MAC= SRC=192.0.2.1 DST=192.0.2.2 LEN=40 PROTO=TCP SPT=1 DPT=2 SYN\n"
                        + "[10.6] x: IN=eth0 OUT= MAC= SRC=192.0.2.1 DST=192.0.2.2 LEN=40 PROTO=TCP SPT=1 DPT=2 WIND"),
                Progress.NONE);
        assertEquals(2, r.understood());
        assertEquals(List.of(new Diagnostic(Severity.WARNING, DiagnosticKind.TRUNCATED, ID, 2, 0,
                "[10.6] x: IN=eth0 OUT= MAC= SRC=192.0.2.1 DST=192.0.2.2 LEN=40 PROTO=TCP SPT=1 DPT=2 WIND",
                "the last line is cut after WIND; what it holds is kept")), r.diagnostics());
    }

    @Test
    void garbageIsOneError() {
        ParseResult<KernelLog> r = new KernelLogFormat().parse(ArtifactSource.of(ID, "\u0001\u0002\nzzz\n".repeat(1000)),
                Progress.NONE);
        assertEquals(List.of(Severity.ERROR), r.diagnostics().stream().map(Diagnostic::severity).toList());
    }

    @Test
    void fileHeaderCommandLineIsKept() {
        Path file = Path.of("src/test/resources/dev/bothways/importers/kernellog/journal-with-header.log");
        ImportedArtifact a = FileAndPaste.both(file);
        assertEquals(Optional.of("journalctl -k -o short-iso"), a.artifact().commandLine());
        assertEquals("fw2", a.artifact().host());
        assertEquals(ArtifactLines.line(new ArtifactId("journal-with-header.log"), 6),
                log(a).packets().getFirst().provenance());
    }

    @Test
    void icmpErrorKeepsItsQuotedPacketApartFromItsOwnFields() {
        KernelLogPacket p = parse("2026-11-24T12:55:22,280996+00:00 INVALID IN=fw1-r2 OUT=fw1-r1 MAC=f2:23 "
                + "SRC=10.0.21.2 DST=10.0.1.10 LEN=88 TOS=0x00 PREC=0xC0 TTL=63 ID=34977 PROTO=ICMP TYPE=11 CODE=0 "
                + "[SRC=10.0.1.10 DST=10.0.2.10 LEN=60 TOS=0x00 PREC=0x00 TTL=1 ID=37667 PROTO=UDP SPT=50509 "
                + "DPT=33439 LEN=40 ] \n").packets().getFirst().fact();
        assertEquals(List.of("10.0.21.2", "10.0.1.10", "11"), List.of(p.source(), p.destination(), p.fields().get("TYPE")));
        assertEquals("SRC=10.0.1.10 DST=10.0.2.10 LEN=60 TOS=0x00 PREC=0x00 TTL=1 ID=37667 PROTO=UDP SPT=50509 "
                + "DPT=33439 LEN=40", p.fields().get("QUOTED"));
        assertEquals(new LogStamp(Optional.of(new LogTime.Zoned(OffsetDateTime.parse("2026-11-24T12:55:22.280996Z"))),
                Optional.empty(), Optional.empty()), p.stamp());
    }

    @Test
    void journalMonotonicFormKeepsHostApartFromPrefix() {
        KernelLogPacket p = parse("[ 5012.345678] fw1 kernel: bw-drop: IN=eth0 OUT= SRC=192.0.2.1 DST=192.0.2.2 "
                + "LEN=40 PROTO=TCP SPT=1 DPT=2 SYN \n").packets().getFirst().fact();
        assertEquals(new LogStamp(Optional.empty(), Optional.of(Duration.ofSeconds(5012, 345_678_000)),
                Optional.of("fw1")), p.stamp());
        assertEquals("bw-drop:", p.prefix());
    }
}
