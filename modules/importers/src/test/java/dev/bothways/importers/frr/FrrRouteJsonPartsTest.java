package dev.bothways.importers.frr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.CorpusFiles;
import dev.bothways.importers.ParseResult;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.Progress;
import dev.bothways.model.frr.RibTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Read in parts on several threads, a table is exactly what one parser reads: entries, lines and diagnostics. */
class FrrRouteJsonPartsTest {
    private static final Path LAB = Path.of("src/test/resources/dev/bothways/importers/frr/frr-show-ip-route.json");

    private static ArtifactSource file(Path path, int firstLine) {
        return ArtifactSource.ofFile(new ArtifactId(path.getFileName().toString()), path, 0, firstLine,
                StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4})
    void partsJoinToWhatOneParserReads(int parts) {
        for (Path path : List.of(LAB, CorpusFiles.file("frr/frr-topotest-isis-tilfa-rt2-show-ip-route.expected.json"),
                CorpusFiles.file("frr/frr-topotest-bgp-features-ip-route.expected.json"))) {
            ParseResult<RibTable> one = new FrrRouteJsonParser(file(path, 3), Progress.NONE).parse();
            Optional<ParseResult<RibTable>> split = FrrRouteJsonParts.parse(file(path, 3), Progress.NONE, parts, 0);
            assertEquals(true, split.isPresent(), path.toString());
            assertEquals(one.items(), split.get().items(), path.toString());
            assertEquals(one.diagnostics(), split.get().diagnostics(), path.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void cutFileInPartsSaysWhereLikeOneParser(int parts) throws java.io.IOException {
        Path cut = java.nio.file.Files.createTempFile("frr-cut", ".json");
        try {
            byte[] whole = java.nio.file.Files.readAllBytes(LAB);
            java.nio.file.Files.write(cut, java.util.Arrays.copyOf(whole, whole.length - 300));
            ParseResult<RibTable> one = new FrrRouteJsonParser(file(cut, 1), Progress.NONE).parse();
            ParseResult<RibTable> split = FrrRouteJsonParts.parse(file(cut, 1), Progress.NONE, parts, 0).orElseThrow();
            assertEquals(one.items(), split.items());
            assertEquals(one.diagnostics(), split.diagnostics());
            assertEquals(1, one.diagnostics().size());
        } finally {
            java.nio.file.Files.deleteIfExists(cut);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void partsAfterACollectorHeaderKeepTheFilesLines(int parts) throws java.io.IOException {
        String header = "#@ bothways-collect 1\n#@ host: r1\n#@ command: vtysh -c 'show ip route json'\n";
        Path withHeader = java.nio.file.Files.createTempFile("frr-header", ".json");
        try {
            java.nio.file.Files.write(withHeader, (header + java.nio.file.Files.readString(LAB))
                    .getBytes(StandardCharsets.UTF_8));
            ArtifactSource source = ArtifactSource.ofFile(new ArtifactId("r1.json"), withHeader,
                    header.getBytes(StandardCharsets.UTF_8).length, 4, StandardCharsets.UTF_8);
            ParseResult<RibTable> one = new FrrRouteJsonParser(source, Progress.NONE).parse();
            ParseResult<RibTable> split = FrrRouteJsonParts.parse(source, Progress.NONE, parts, 0).orElseThrow();
            assertEquals(one.items(), split.items());
            assertEquals("r1.json:6-35", one.items().getFirst().entries().getFirst().provenance().toString());
        } finally {
            java.nio.file.Files.deleteIfExists(withHeader);
        }
    }
}
