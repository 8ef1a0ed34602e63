package dev.bothways.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.model.ArtifactId;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Hop;
import dev.bothways.model.Progress;
import dev.bothways.model.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArtifactReaderTest {
    private final ArtifactReader reader = ArtifactReader.standard();

    @Test
    void collectorHeaderNamesHostCommandAndTimeAndLinesStayTheFiles() {
        Path file = CorpusFiles.sample("firewall-pair-ecmp/client/traceroute-udp.txt");
        ImportedArtifact imported = reader.read(new ArtifactId("client/traceroute-udp.txt"), file, "folder",
                Optional.empty(), Progress.NONE);

        assertEquals("client", imported.artifact().host());
        assertEquals("traceroute", imported.artifact().format());
        assertEquals(Optional.of("timeout 30 traceroute -n -w 1 -q 2 -m 8 10.0.2.10"), imported.artifact().commandLine());
        assertEquals(Optional.of(Instant.parse("2026-11-24T12:57:43Z")), imported.artifact().collectedAt());
        List<Evidence<Hop>> hops = imported.items(Trace.class).get(0).hops();
        // five header lines, then the "traceroute to" line: hop 1 is line 7 of the file
        assertEquals(new ArtifactLines(new ArtifactId("client/traceroute-udp.txt"), 7, 7), hops.get(0).provenance());
        assertEquals(List.of(), imported.diagnostics());
    }

    @Test
    void pastedTextAndFileGiveTheSameTrace() throws IOException {
        Path file = CorpusFiles.file("traceroute/jc-generic-traceroute-n-ipv4-ecmp.out");
        ArtifactId id = new ArtifactId("t.txt");
        ImportedArtifact fromFile = reader.read(id, file, "h", Optional.empty(), Progress.NONE);
        ImportedArtifact pasted = reader.read(id, "h", Files.readString(file), Optional.empty(), Progress.NONE);
        assertEquals(fromFile.result().orElseThrow().items(), pasted.result().orElseThrow().items());
    }

    @Test
    void promptLineGivesHostAndCommand() {
        CollectorHeader header = CollectorHeader.read("cr0x@server:~$ ip route get 203.0.113.10\n"
                + "203.0.113.10 via 192.0.2.1 dev eth0 src 192.0.2.20 uid 1000\n");
        assertEquals(new CollectorHeader(Optional.of("server"), Optional.of("ip route get 203.0.113.10"),
                Optional.empty(), Optional.empty(), 1), header);
    }

    @Test
    void binaryIsRefusedWithOneMessage() {
        Path capture = CorpusFiles.file("pcap/zeek-tcp-one-sided.pcap");
        ImportedArtifact imported = reader.read(new ArtifactId("c.pcap"), capture, "h", Optional.empty(), Progress.NONE);
        assertEquals(1, imported.diagnostics().size());
        assertEquals(DiagnosticKind.REFUSED, imported.diagnostics().get(0).kind());
        assertEquals(Optional.empty(), imported.result());
    }
}
