package dev.bothways.importers.iproute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.Golden;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.Imports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real iproute2 output made in throwaway namespaces ({@code src/test/resources/iproute/make-fixtures.sh}
 * says how), each read as a file and as a paste, detected from its collector header, and compared
 * whole with its reviewed {@code .expected.json}.
 */
class IprouteGoldenTest {

    static Stream<String> fixtures() throws IOException {
        Path folder = Golden.input("iproute/x").getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void namespaceOutputMatchesItsGoldenFile(String name) {
        ImportedArtifact artifact = Imports.both(Golden.input("iproute/" + name));
        assertEquals(List.of(), Imports.errors(artifact));
        Golden.check("iproute/" + name, artifact);
    }
}
