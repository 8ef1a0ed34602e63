package dev.bothways.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.bothways.model.ArtifactId;
import dev.bothways.model.Progress;
import dev.bothways.model.Trace;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile input to every paths, iproute2 and sysctl format, forced (as a user picking the format
 * would): each gives one clear diagnostic, no exception, in bounded time.
 */
class HostileInputTest {
    private static final Duration BOUND = Duration.ofSeconds(30);
    private static final ArtifactReader READER = ArtifactReader.standard();

    @TempDir
    static Path dir;
    static Path hugeLine;

    static Stream<String> formats() {
        return Stream.of("traceroute", "tracepath", "mtr-json", "mtr-report", "tracert", "ip-addr", "ip-route", "ip-rule", "ip-route-get", "ip-neigh", "sysctl",
                "ip-addr-json", "ip-route-json", "ip-rule-json", "ip-route-get-json", "ip-neigh-json");
    }

    @BeforeAll
    static void writeFiftyMegabyteLine() throws IOException {
        hugeLine = dir.resolve("huge-line.txt");
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'a');
        try (OutputStream out = Files.newOutputStream(hugeLine)) {
            for (int i = 0; i < 50; i++) {
                out.write(chunk);
            }
            out.write('\n');
        }
    }

    private static ImportedArtifact file(Path file, String format) {
        return READER.read(new ArtifactId(file.getFileName().toString()), file, "host", Optional.of(format),
                Progress.NONE);
    }

    private static ImportedArtifact paste(String text, String format) {
        return READER.read(new ArtifactId("pasted.txt"), "host", text, Optional.of(format), Progress.NONE);
    }

    private static String only(ImportedArtifact artifact) {
        assertEquals(1, artifact.diagnostics().size(), artifact.diagnostics().toString());
        Diagnostic d = artifact.diagnostics().getFirst();
        return d.line() + ":" + d.severity().label();
    }

    @ParameterizedTest
    @MethodSource("formats")
    void binaryFileIsRefusedBeforeParsing(String format) throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        bytes[10] = 0;
        Path file = Files.write(dir.resolve("random-" + format + ".bin"), bytes);
        ImportedArtifact artifact = assertTimeoutPreemptively(BOUND, () -> file(file, format));
        assertEquals("0:error", only(artifact));
        assertEquals(Optional.empty(), artifact.result());
    }

    @ParameterizedTest
    @MethodSource("formats")
    void pastedNulBytesGiveOneErrorAtTheirLine(String format) {
        ImportedArtifact artifact = assertTimeoutPreemptively(BOUND,
                () -> paste("\0\0\u0001binary\0junk\n\0more\0\n".repeat(1000), format));
        assertEquals("1:error", only(artifact));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void fiftyMegabyteLineGivesOneErrorQuickly(String format) {
        ImportedArtifact artifact = assertTimeoutPreemptively(BOUND, () -> file(hugeLine, format));
        assertEquals("1:error", only(artifact));
    }

    @ParameterizedTest
    @MethodSource("formats")
    void anotherToolsOutputForcedAsThisFormatIsOneRefusal(String format) {
        String nft = "table inet filter {\n" + "\tchain input {\n\t\ttype filter hook input priority 0;\n".repeat(200)
                + "\t}\n}\n";
        ImportedArtifact artifact = assertTimeoutPreemptively(BOUND, () -> paste(nft, format));
        assertEquals("1:error", only(artifact));
        assertEquals(0, artifact.understood());
    }

    @Test
    void fiftyMegabyteLinePastedGivesOneError() throws IOException {
        String text = Files.readString(hugeLine);
        ImportedArtifact artifact = assertTimeoutPreemptively(BOUND, () -> paste(text, "ip-route"));
        assertEquals(List.of("pasted.txt:1: error: nothing here reads as ip route output: line 1 is 52428800"
                + " characters long, far longer than ip route prints; skipped"), artifact.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void routesBeforeBinaryGarbageAreKept() {
        String text = "10.0.0.0/24 dev eth0 proto kernel scope link src 10.0.0.1\n"
                + "default via 10.0.0.254 dev eth0\n"
                + "\0\0\u0002\u0003garbage\n10.9.0.0/16 via 10.0.0.2 dev eth0\n";
        ImportedArtifact artifact = paste(text, "ip-route");
        assertEquals(2, artifact.understood());
        assertEquals(List.of("pasted.txt:3: error: binary data (NUL or control bytes) at line 3, not ip route output;"
                + " stopped reading there"), artifact.diagnostics().stream().map(Object::toString).toList());
    }

    @Test
    void latin1HostNameInAUtf8FileIsOneWarningAndEveryHop() throws IOException {
        byte[] head = ("traceroute to 10.0.0.9 (10.0.0.9), 30 hops max, 60 byte packets\n"
                + " 1  routeur-").getBytes(StandardCharsets.UTF_8);
        byte[] latin1 = "é".getBytes(StandardCharsets.ISO_8859_1);
        byte[] tail = (".example (10.0.0.1)  0.3 ms  0.2 ms  0.2 ms\n 2  10.0.0.9  0.5 ms  0.4 ms  0.4 ms\n")
                .getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("mixed.txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(head);
            out.write(latin1);
            out.write(tail);
        }
        ImportedArtifact artifact = READER.read(new ArtifactId("mixed.txt"), file, "host", Optional.empty(),
                Progress.NONE);
        assertEquals("traceroute", artifact.artifact().format());
        assertEquals(List.of("mixed.txt: warning: not valid UTF-8; read as ISO-8859-1"),
                artifact.diagnostics().stream().map(Object::toString).toList());
        Trace trace = artifact.items(Trace.class).getFirst();
        assertEquals(Optional.of("routeur-é.example"), trace.hops().getFirst().fact().responders().getFirst().name());
        assertEquals(true, trace.reachedTarget());
    }

    @Test
    void jsonCutMidArrayKeepsTheWholeEntriesAndSaysWhere() {
        String text = "[{\"priority\":0,\"src\":\"all\",\"table\":\"local\"},\n"
                + "{\"priority\":32766,\"src\":\"all\",\"table\":\"main\"},\n"
                + "{\"priority\":32767,\"src\":\"al";
        ImportedArtifact artifact = paste(text, "ip-rule-json");
        assertEquals(2, artifact.understood());
        assertEquals(List.of("pasted.txt:3: warning: the JSON ends early (cut or half-pasted) at line 3;"
                        + " kept the complete entries before it"),
                artifact.diagnostics().stream().map(Object::toString).toList());
    }
}
