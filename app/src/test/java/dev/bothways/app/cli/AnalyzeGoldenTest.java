package dev.bothways.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.app.SampleCases;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code analyze --json} on every lab case against a reviewed copy in
 * {@code src/test/resources/golden/<case>.json}. A change of output fails here until the golden
 * files are regenerated on purpose with {@code -Dgolden.update=true} and the diff reviewed.
 */
class AnalyzeGoldenTest {
    private static final Path GOLDEN = Path.of(System.getProperty("bothways.root", ".."))
            .resolve("app/src/test/resources/golden");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> all = Files.list(SampleCases.of(""))) {
            return all.filter(p -> Files.isRegularFile(p.resolve("expected.json")))
                    .map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void analyzeJsonIsTheReviewedOne(String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = BothwaysCommand.run("analyze", SampleCases.of(name).toString(), "--json");
        } finally {
            System.setOut(old);
        }
        assertEquals(0, code);
        String actual = out.toString(StandardCharsets.UTF_8);
        Path golden = GOLDEN.resolve(name + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(golden, actual);
        }
        assertEquals(Files.readString(golden), actual, "golden file " + golden + " (regenerate with -Dgolden.update=true)");
    }
}
