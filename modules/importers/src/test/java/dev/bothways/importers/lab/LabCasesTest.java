package dev.bothways.importers.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.Imports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The lab's real collector output ({@code samples/cases/<case>/<host>/}): every traceroute,
 * iproute2 and sysctl file is detected as what it is and read without an error.
 */
class LabCasesTest {
    private static final Map<String, String> FORMATS = Map.ofEntries(
            Map.entry("traceroute-udp.txt", "traceroute"), Map.entry("traceroute-tcp.txt", "traceroute"),
            Map.entry("ip-addr.txt", "ip-addr"), Map.entry("ip-addr.json", "ip-addr-json"),
            Map.entry("ip-route.txt", "ip-route"), Map.entry("ip-route.json", "ip-route-json"),
            Map.entry("ip-rule.txt", "ip-rule"), Map.entry("ip-rule.json", "ip-rule-json"),
            Map.entry("ip-route-get.txt", "ip-route-get"), Map.entry("ip-route-get.json", "ip-route-get-json"),
            Map.entry("ip-neigh.txt", "ip-neigh"), Map.entry("sysctl.txt", "sysctl"));

    static Path cases() {
        String root = System.getProperty("bothways.root");
        for (Path dir = root != null ? Path.of(root) : Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("samples/cases"))) {
                return dir.resolve("samples/cases");
            }
        }
        throw new IllegalStateException("no samples/cases above the project root");
    }

    static Stream<Path> labFiles() throws IOException {
        try (Stream<Path> files = Files.walk(cases())) {
            return files.filter(p -> FORMATS.containsKey(p.getFileName().toString())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("labFiles")
    void labFileIsDetectedAndReadWithoutErrors(Path file) {
        ImportedArtifact artifact = Imports.both(file);
        assertEquals(FORMATS.get(file.getFileName().toString()), artifact.artifact().format(), file.toString());
        assertEquals(List.of(), Imports.errors(artifact), file.toString());
    }
}
