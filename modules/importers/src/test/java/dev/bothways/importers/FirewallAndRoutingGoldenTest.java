package dev.bothways.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The real outputs made in namespaces for the firewall and routing importers (each folder's
 * README says how), read as a file and as a paste, compared whole with their reviewed
 * {@code .expected.json} (rewrite with {@code -Dgolden.update=true}, then review the diff).
 */
class FirewallAndRoutingGoldenTest {
    private static final List<String> FOLDERS = List.of("dev/bothways/importers/lab", "dev/bothways/importers/frr",
            "dev/bothways/importers/iptables", "dev/bothways/importers/kernellog");

    static Stream<String> fixtures() {
        return FOLDERS.stream().flatMap(folder -> {
            Path dir = Golden.input(folder + "/x").getParent();
            try (Stream<Path> files = Files.list(dir)) {
                return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                        .map(n -> folder + "/" + n.substring(0, n.length() - 4)).sorted().toList().stream();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void namespaceOutputMatchesItsGoldenFile(String name) {
        ImportedArtifact artifact = FileAndPaste.both(Golden.input(name));
        assertEquals(List.of(), FileAndPaste.errors(artifact));
        Golden.check(name, artifact);
    }
}
