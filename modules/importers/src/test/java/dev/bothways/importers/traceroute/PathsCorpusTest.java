package dev.bothways.importers.traceroute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.CorpusFiles;
import dev.bothways.importers.Golden;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.Imports;
import dev.bothways.importers.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file of the shared traceroute corpus (traceroute, tracepath, mtr), read in place as a file
 * and as a paste: detected as its tool, no errors, the expected warning where the paste is damaged,
 * and the whole result compared with a reviewed golden file.
 */
class PathsCorpusTest {
    private static final Map<String, List<String>> WARNINGS = Map.of(
            "jc-macos-traceroute-truncated-line.out",
            List.of("5: the output ends in the middle of hop 3; kept what it shows"),
            "mtr-report-unknown-hop-truncated-names.txt",
            List.of("8: the rest of the report was left out of the paste ('…'); kept the hops above"));

    static Stream<Path> corpus() {
        return CorpusFiles.in("traceroute").stream();
    }

    static String expectedFormat(String name) {
        if (name.contains("tracepath")) {
            return "tracepath";
        }
        if (name.startsWith("mtr-json")) {
            return "mtr-json";
        }
        return name.startsWith("mtr-report") ? "mtr-report" : "traceroute";
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void corpusFileIsDetectedReadAndMatchesItsGoldenFile(Path file) {
        String name = file.getFileName().toString();
        ImportedArtifact artifact = Imports.both(file);
        assertEquals(expectedFormat(name), artifact.artifact().format());
        assertEquals(List.of(), Imports.errors(artifact));
        assertEquals(WARNINGS.getOrDefault(name, List.of()), Imports.problems(artifact, Severity.WARNING));
        Golden.check("paths/" + name.replaceFirst("\\.[a-z]+$", ""), artifact);
    }
}
