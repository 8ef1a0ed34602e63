package dev.bothways.capture.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.capture.CorpusFiles;
import dev.bothways.model.Addresses;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Per TCP flow, the SYN, SYN-ACK, RST and FIN counts and retransmissions equal what tshark 4.0.17
 * shows per TCP stream ({@code src/test/resources/tshark/*.tcp-flags.txt}, command in each file).
 */
class TcpStateCorpusTest {

    static Stream<Path> capturesWithTcp() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : CorpusFiles.pcaps()) {
            if (TcpStateCorpusTest.class.getResource(resource(p)) != null) {
                out.add(p);
            }
        }
        return out.stream();
    }

    private static String resource(Path capture) {
        return "/tshark/" + capture.getFileName() + ".tcp-flags.txt";
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("capturesWithTcp")
    void handshakeFlagsMatchTshark(Path capture) throws IOException {
        List<String> expected = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream(resource(capture))) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] f = line.split(" ", 3);
                    expected.add(normalized(f[0], f[1], f[2]));
                }
            }
        }
        List<String> actual = new ArrayList<>();
        for (Flow flow : FlowIndexer.index(capture, Progress.NONE).flows()) {
            flow.tcp().ifPresent(tcp -> actual.add(normalized(
                    Addresses.format(flow.tuple().source()) + ":" + flow.tuple().sourcePort(),
                    Addresses.format(flow.tuple().destination()) + ":" + flow.tuple().destinationPort(),
                    "syn=" + tcp.syn() + " synack=" + tcp.synAck() + " rst=" + tcp.rst() + " fin=" + tcp.fin()
                            + " retrans=" + tcp.retransmissions())));
        }
        assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList());
    }

    private static String normalized(String a, String b, String counts) {
        return (a.compareTo(b) <= 0 ? a + " " + b : b + " " + a) + " " + counts;
    }
}
