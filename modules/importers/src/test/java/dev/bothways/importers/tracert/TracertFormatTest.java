package dev.bothways.importers.tracert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.Imports;
import dev.bothways.model.Addresses;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Hop;
import dev.bothways.model.Responder;
import dev.bothways.model.Trace;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Windows tracert as pasted from a console: CRLF line ends, a prompt, the usual wording. */
class TracertFormatTest {
    private static final String PASTE = String.join("\r\n",
            "C:\\Users\\ops>tracert -d 203.0.113.10",
            "",
            "Tracing route to 203.0.113.10 over a maximum of 30 hops",
            "",
            "  1    <1 ms    <1 ms    <1 ms  192.168.1.1",
            "  2     8 ms     7 ms     9 ms  10.20.0.1",
            "  3     *        *        *     Request timed out.",
            "  4    12 ms     *       11 ms  198.51.100.1",
            "  5  198.51.100.1  reports: Destination host unreachable.",
            "",
            "Trace complete.",
            "");

    private static Responder at(String address, List<Double> rtts) {
        return new Responder(Addresses.parse(address), Optional.empty(), rtts, List.of(), Optional.empty());
    }

    @Test
    void numericTraceWithTimeoutsAndAnUnreachableReport() {
        ImportedArtifact artifact = Imports.paste(PASTE);
        assertEquals("tracert", artifact.artifact().format());
        assertEquals(List.of(), artifact.diagnostics());
        Trace trace = artifact.items(Trace.class).getFirst();
        var id = artifact.artifact().id();
        assertEquals(new Trace(Addresses.parse("203.0.113.10"), Optional.of("203.0.113.10"), List.of(
                new Evidence<>(new Hop(1, List.of(at("192.168.1.1", List.of(1.0, 1.0, 1.0))), 3),
                        ArtifactLines.line(id, 5)),
                new Evidence<>(new Hop(2, List.of(at("10.20.0.1", List.of(8.0, 7.0, 9.0))), 3),
                        ArtifactLines.line(id, 6)),
                new Evidence<>(new Hop(3, List.of(), 3), ArtifactLines.line(id, 7)),
                new Evidence<>(new Hop(4, List.of(at("198.51.100.1", List.of(12.0, 11.0))), 3),
                        ArtifactLines.line(id, 8)),
                new Evidence<>(new Hop(5, List.of(new Responder(Addresses.parse("198.51.100.1"), Optional.empty(),
                        List.of(), List.of("reports: Destination host unreachable."), Optional.empty())), 1),
                        ArtifactLines.line(id, 9)))), trace);
    }

    @Test
    void namedHopsKeepNameAndBracketedAddress() {
        String text = """
                Tracing route to example.com [93.184.216.34]
                over a maximum of 30 hops:

                  1     1 ms     1 ms     1 ms  router.home [192.168.1.1]
                  2    15 ms    14 ms    16 ms  ae-1.r01.example.net [203.0.113.1]
                  3    20 ms    19 ms    20 ms  93.184.216.34

                Trace complete.
                """;
        ImportedArtifact artifact = Imports.paste(text);
        assertEquals("tracert", artifact.artifact().format());
        Trace trace = artifact.items(Trace.class).getFirst();
        assertEquals(new Responder(Addresses.parse("203.0.113.1"), Optional.of("ae-1.r01.example.net"),
                List.of(15.0, 14.0, 16.0), List.of(), Optional.empty()),
                trace.hops().get(1).fact().responders().getFirst());
        assertEquals(true, trace.reachedTarget());
    }
}
