package dev.bothways.importers.traceroute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.Imports;
import dev.bothways.importers.Severity;
import dev.bothways.model.Addresses;
import dev.bothways.model.Hop;
import dev.bothways.model.Responder;
import dev.bothways.model.Trace;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Single features of tracepath and mtr, one small pasted snippet each. */
class PathSnippetsTest {

    private static Trace trace(ImportedArtifact artifact) {
        return artifact.items(Trace.class).getFirst();
    }

    @Test
    void tracepathWithoutAnyReplyIsSilentHops() {
        ImportedArtifact artifact = Imports.paste("""
                 1?: [LOCALHOST]                      pmtu 1500
                 1:  no reply
                 2:  no reply
                     Too many hops: pmtu 1500
                     Resume: pmtu 1500
                """);
        assertEquals("tracepath", artifact.artifact().format());
        assertEquals(List.of(new Hop(1, List.of(), 1), new Hop(2, List.of(), 1)),
                trace(artifact).hops().stream().map(h -> h.fact()).toList());
    }

    @Test
    void tracepathPmtuDropBelongsToItsHop() {
        ImportedArtifact artifact = Imports.paste("""
                 1?: [LOCALHOST]                      pmtu 1500
                 1:  10.0.0.1                                              0.040ms
                 2:  10.0.1.1                                              0.050ms pmtu 1400
                 2:  10.0.1.1                                              0.052ms
                 3:  10.0.2.9                                              0.060ms reached
                     Resume: pmtu 1400 hops 3 back 3
                """);
        Hop second = trace(artifact).hops().get(1).fact();
        assertEquals(new Hop(2, List.of(new Responder(Addresses.parse("10.0.1.1"), Optional.empty(),
                List.of(0.050, 0.052), List.of(), Optional.empty())), 2, Optional.empty(), Optional.of(1400)), second);
        assertEquals(true, trace(artifact).reachedTarget());
    }

    @Test
    void mtrReportLossWithoutPercentSignAndAsColumn() {
        ImportedArtifact artifact = Imports.paste("""
                Start: 2026-11-24T13:15:29+0000
                HOST: client                      Loss%   Snt   Last   Avg  Best  Wrst StDev
                  1. AS???    10.1.0.1             0.0%     3    0.1   0.1   0.1   0.1   0.0
                  2. AS64500  ???                 100.0     3    0.0   0.0   0.0   0.0   0.0
                """);
        assertEquals("mtr-report", artifact.artifact().format());
        assertEquals(List.of(), Imports.problems(artifact, Severity.NOTE));
        List<Hop> hops = trace(artifact).hops().stream().map(h -> h.fact()).toList();
        assertEquals(List.of("AS???", "Last 0.1 ms", "Avg 0.1 ms", "Best 0.1 ms", "Wrst 0.1 ms", "StDev 0.0 ms"),
                hops.get(0).responders().getFirst().annotations());
        assertEquals(new Hop(2, List.of(), 3, Optional.of(100.0), Optional.empty()), hops.get(1));
    }

    @Test
    void mtrJsonCutMidHubKeepsTheWholeHubsBeforeIt() {
        ImportedArtifact artifact = Imports.paste("""
                {"report": {"mtr": {"src": "client", "dst": "10.3.0.2", "tests": 3},
                  "hubs": [
                    {"count": 1, "host": "10.1.0.1", "Loss%": 0.0, "Snt": 3, "Avg": 0.1},
                    {"count": 2, "host": "10.5.0.1", "Loss%": 33.3,
                """);
        assertEquals("mtr-json", artifact.artifact().format());
        assertEquals(List.of("5: the JSON ends early (cut or half-pasted) at line 5; kept the complete hops before it"),
                Imports.problems(artifact, Severity.WARNING));
        assertEquals(List.of(1), trace(artifact).hops().stream().map(h -> h.fact().ttl()).toList());
    }
}
