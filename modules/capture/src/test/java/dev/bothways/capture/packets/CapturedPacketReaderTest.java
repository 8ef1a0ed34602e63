package dev.bothways.capture.packets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.bench.SyntheticCapture;
import dev.bothways.capture.flow.FlowIndexer;
import dev.bothways.capture.flow.FlowTable;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapturedPacketReaderTest {

    @Test
    void aBigCaptureKeepsEveryConnectionsOpeningAndClosingPastItsBudget(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("big.pcap");
        new SyntheticCapture(7).write(file, 96L << 20);
        CapturedPackets read = CapturedPacketReader.read(file, new ArtifactId("big.pcap"), Progress.NONE);
        // The flow index counts every SYN, SYN-ACK, RST and FIN on its own path through the file.
        FlowTable table = FlowIndexer.index(file, Progress.NONE);
        long opensAndCloses = table.flows().stream().flatMap(f -> f.tcp().stream())
                .mapToLong(t -> t.syn() + t.synAck() + t.rst() + t.fin()).sum();
        List<CapturedPacket> sightings = read.sightings();
        CaptureDiagnostic note = read.diagnostics().get(read.diagnostics().size() - 1);
        // The first IN_FULL packets are kept whatever they are; past them only openings and closings.
        List<CapturedPacket> past = sightings.subList(CapturedPacketReader.IN_FULL, sightings.size());
        assertEquals(List.of(false, true, true, opensAndCloses),
                List.of(read.complete(), note.packet() > sightings.get(CapturedPacketReader.IN_FULL - 1).packet().number(),
                        past.stream().allMatch(s -> s.syn() || s.synAck() || s.rst() || s.fin()),
                        sightings.stream().filter(s -> s.syn() || s.synAck() || s.rst() || s.fin()).count()));
        assertEquals(CaptureDiagnostic.Severity.NOTE, note.severity());
    }

    @Test
    void bothDirectionsOfAFlowShareOneTuplePerDirection(@TempDir Path temp) throws IOException {
        Path file = temp.resolve("small.pcap");
        new SyntheticCapture(3).write(file, 1L << 20);
        List<CapturedPacket> sightings = CapturedPacketReader.read(file, new ArtifactId("small.pcap"), Progress.NONE).sightings();
        CapturedPacket first = sightings.get(0);
        List<CapturedPacket> sameFlow = sightings.stream().filter(s -> s.tuple().equals(first.tuple())).toList();
        assertEquals(true, sameFlow.size() > 1 && sameFlow.stream().allMatch(s -> s.tuple() == first.tuple()));
    }
}
