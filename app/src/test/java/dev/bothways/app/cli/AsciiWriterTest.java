package dev.bothways.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AsciiWriterTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final AsciiWriter out = new AsciiWriter(bytes);

    private String written() throws IOException {
        out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void numbersPrintAsLongToStringDoes() throws IOException {
        for (long n : new long[] {0, 7, -7, 10, 1_000_000, Long.MAX_VALUE, Long.MIN_VALUE}) {
            out.number(n).text("|");
        }
        assertEquals("0|7|-7|10|1000000|9223372036854775807|-9223372036854775808|", written());
    }

    @Test
    void columnsPadToTheirWidthAndNeverCutText() throws IOException {
        out.left("tcp", 6).text("|").right(42, 5).text("|").right("abcdef", 3).text("|").right(-3, 4);
        assertEquals("tcp   |   42|abcdef|  -3", written());
    }

    @Test
    void secondsRoundAsPrintfDoes() throws IOException {
        for (long nanos : new long[] {3_520_150_000L, 3_520_149_999L, 999_960_000L, 0, 43_056_819_000L}) {
            out.seconds(nanos, 4, 10).text("|");
        }
        out.seconds(43_056_819_400L, 6, 0);
        assertEquals(String.format("%10.4f|%10.4f|%10.4f|%10.4f|%10.4f|%.6f", 3.52015, 3.520149999, 0.99996, 0.0, 43.056819, 43.0568194),
                written());
    }

    @Test
    void textBeyondAsciiAndBeyondTheBufferArrivesWhole() throws IOException {
        String huge = "x".repeat(200_000);
        out.text("eth0 → ").text("fw1").text(huge).newline();
        assertEquals("eth0 → fw1" + huge + System.lineSeparator(), written());
    }
}
