package dev.bothways.importers.traceroute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.Golden;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.Imports;
import dev.bothways.importers.Severity;
import dev.bothways.model.Addresses;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Hop;
import dev.bothways.model.Responder;
import dev.bothways.model.Trace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real traceroute, tracepath and mtr output from five throwaway namespaces with an asymmetric
 * return path ({@code src/test/resources/paths/make-fixtures.sh} says how).
 */
class PathsFixturesTest {

    static Stream<String> fixtures() throws IOException {
        Path folder = Golden.input("paths/x").getParent();
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4)).sorted().toList().stream();
        }
    }

    private static Trace trace(String name) {
        ImportedArtifact artifact = Imports.both(Golden.input("paths/" + name));
        return artifact.items(Trace.class).getFirst();
    }

    private static Responder at(String address, List<Double> rtts, List<String> notes) {
        return new Responder(Addresses.parse(address), Optional.empty(), rtts, notes, Optional.empty());
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void namespaceOutputIsDetectedFromItsHeaderAndMatchesItsGoldenFile(String name) {
        ImportedArtifact artifact = Imports.both(Golden.input("paths/" + name));
        String tool = name.startsWith("mtr-json") ? "mtr-json" : name.startsWith("mtr-report") ? "mtr-report"
                : name.startsWith("tracepath") ? "tracepath" : "traceroute";
        assertEquals(tool, artifact.artifact().format());
        assertEquals(List.of(), Imports.problems(artifact, Severity.NOTE));
        // the dropped probes never reach; mtr --report-wide prints names only, so its text cannot show that
        // the last name is the target's address
        boolean cannotReach = name.matches("traceroute-(blackhole|prohibited|unreachable)|mtr-report-wide");
        assertEquals(!cannotReach, artifact.items(Trace.class).getFirst().reachedTarget(), "reached " + name);
        Golden.check("paths/" + name, artifact);
    }

    @Test
    void tracepathSeesTheReplyComeBackOverAnotherNumberOfHops() {
        Trace trace = trace("tracepath-n");
        Hop second = trace.hops().get(1).fact();
        assertEquals(new Hop(2, List.of(new Responder(Addresses.parse("10.5.0.1"), Optional.empty(), List.of(0.017),
                List.of(), Optional.of(3))), 1), second);
        assertEquals(Optional.of(Addresses.parse("10.3.0.2").orElseThrow()), trace.target());
    }

    @Test
    void hostUnreachableFromTheSecondRouterEndsTheTrace() {
        Trace trace = trace("traceroute-unreachable");
        assertEquals(new Hop(2, List.of(at("10.5.0.1", List.of(0.016), List.of("!H"))), 3),
                trace.hops().getLast().fact());
    }

    @Test
    void loadBalancedHopKeepsBothResponders() {
        Trace trace = trace("traceroute-ecmp");
        assertEquals(new Evidence<>(new Hop(2, List.of(at("10.9.9.9", List.of(0.193, 0.009), List.of()),
                        at("10.4.0.2", List.of(0.015, 0.011, 0.007, 0.008), List.of())), 6),
                        new ArtifactLines(trace.hops().getLast().provenance().artifact(), 7, 7)),
                trace.hops().getLast());
    }

    @Test
    void tracerouteBackShowsRepliesReturningOverMoreHops() {
        Trace trace = trace("traceroute-back");
        assertEquals(List.of(Optional.empty(), Optional.of(3), Optional.of(4)), trace.hops().stream()
                .map(h -> h.fact().responders().getFirst().returnHops()).toList());
    }
}
