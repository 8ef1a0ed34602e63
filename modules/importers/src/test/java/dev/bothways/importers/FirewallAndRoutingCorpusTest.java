package dev.bothways.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file of the frr, netfilter and kernellog corpus folders is detected as one of ours and imports without errors. */
class FirewallAndRoutingCorpusTest {
    private static final Set<String> OURS = Set.of("nft-ruleset", "nft-ruleset-json", "iptables-list", "iptables-save",
            "conntrack-table", "conntrack-events", "kernel-log", "frr-route", "frr-route-json");

    static Stream<Path> files() {
        return Stream.of("frr", "netfilter", "kernellog").flatMap(f -> CorpusFiles.in(f).stream());
    }

    @ParameterizedTest
    @MethodSource("files")
    void importsWithoutErrors(Path file) {
        ImportedArtifact a = FileAndPaste.both(file);
        assertEquals(true, OURS.contains(a.artifact().format()), file + " read as " + a.artifact().format());
        assertEquals(List.of(), FileAndPaste.errors(a));
        assertEquals(true, a.understood() > 0, file + " understood nothing");
    }
}
