package dev.bothways.capture.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.CorpusFiles;
import dev.bothways.capture.TsharkConversations;
import dev.bothways.model.Addresses;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every capture of the shared corpus gives the same TCP and UDP conversations, with the same
 * frame and byte counts per direction, as tshark 4.0.17 printed for it.
 */
class FlowIndexerCorpusTest {

    static Stream<Path> corpus() throws IOException {
        return CorpusFiles.pcaps().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void conversationsMatchTshark(Path capture) throws IOException {
        String name = capture.getFileName().toString();
        TsharkConversations tshark = TsharkConversations.forCapture(name);
        FlowTable table = FlowIndexer.index(capture, Progress.NONE);

        if (tshark.refused()) {
            assertEquals(List.of(CaptureDiagnostic.Severity.ERROR), table.diagnostics().stream()
                    .map(CaptureDiagnostic::severity).toList(), "tshark refused " + name + "; so must we, once");
            assertEquals(0, table.packets());
            return;
        }
        List<String> expected = new ArrayList<>();
        for (TsharkConversations.Conversation c : tshark.conversations()) {
            expected.add(tsharkRow(c));
        }
        List<String> actual = new ArrayList<>();
        for (Flow f : table.flows()) {
            String protocol = f.tuple().protocol().label();
            if (!protocol.equals("tcp") && !protocol.equals("udp")) {
                continue;
            }
            actual.add(row(protocol, endpoint(f.tuple().source(), f.tuple().sourcePort()),
                    endpoint(f.tuple().destination(), f.tuple().destinationPort()),
                    f.forward().packets(), f.forward().bytes(), f.reverse().packets(), f.reverse().bytes()));
        }
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
    }

    private static String tsharkRow(TsharkConversations.Conversation c) {
        String a = c.a() + " sent " + c.framesAToB() + "/" + size(c.bytesAToB(), c.unitAToB());
        String b = c.b() + " sent " + c.framesBToA() + "/" + size(c.bytesBToA(), c.unitBToA());
        return c.protocol() + " " + (c.a().compareTo(c.b()) <= 0 ? a + ", " + b : b + ", " + a);
    }

    private static String endpoint(InetAddress address, int port) {
        return Addresses.format(address) + ":" + port;
    }

    /** A direction-free row: the endpoints in sorted order with each one's frames and bytes, as tshark rounds them. */
    private static String row(String protocol, String a, String b, long framesA, long bytesA, long framesB, long bytesB) {
        if (a.compareTo(b) > 0) {
            return row(protocol, b, a, framesB, bytesB, framesA, bytesA);
        }
        return protocol + " " + a + " sent " + framesA + "/" + size(bytesA) + ", " + b + " sent " + framesB + "/" + size(bytesB);
    }

    /** tshark 4.0's format_size: whole kB or MB (truncated) from ten of them on. */
    private static String size(long bytes) {
        if (bytes >= 10_000_000) {
            return bytes / 1_000_000 + " MB";
        }
        if (bytes >= 10_000) {
            return bytes / 1000 + " kB";
        }
        return bytes + " bytes";
    }

    private static String size(long bytes, long unit) {
        return unit == 1 ? size(bytes) : bytes + (unit == 1000 ? " kB" : " MB");
    }
}
