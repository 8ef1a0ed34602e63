package dev.bothways.analysis;

import dev.bothways.analysis.lanes.AddressBook;
import dev.bothways.analysis.lanes.HostTrace;
import dev.bothways.analysis.lanes.LaneAssembler;
import dev.bothways.analysis.lanes.Lanes;
import dev.bothways.analysis.layout.LaneLayout;
import dev.bothways.analysis.layout.TwoLaneLayout;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.model.Finding;
import dev.bothways.model.FindingKind;
import dev.bothways.model.Provenance;
import dev.bothways.model.Trace;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs the whole diagnosis over one case's evidence. */
public final class CaseAnalyzer {

    public CaseAnalysis analyze(CaseEvidence evidence) {
        List<String> notes = new ArrayList<>();
        List<HostTrace> traces = traces(evidence);
        String client = evidence.client().orElseGet(() -> {
            notes.add("no case.json names the client; assumed 'client'");
            return "client";
        });
        String server = evidence.server().orElseGet(() -> {
            notes.add("no case.json names the server; assumed 'server'");
            return "server";
        });
        AddressBook book = new AddressBook();
        evidence.flow().ifPresent(flow -> {
            book.claim(client, flow.source());
            book.claim(server, flow.destination());
        });
        Optional<HostTrace> forward = tracedOn(traces, client, evidence.flow().map(f -> f.destination()));
        Optional<HostTrace> back = tracedOn(traces, server, evidence.flow().map(f -> f.source()));
        if (forward.isEmpty()) {
            notes.add("no path traced on " + client + "; the forward lane is inferred");
        }
        if (back.isEmpty()) {
            notes.add("no path traced on " + server + "; the return lane is inferred");
        }
        Lanes lanes = new LaneAssembler(book).assemble(client, server, forward, back);
        LaneLayout layout = new TwoLaneLayout().layout(lanes.forward(), lanes.back());
        List<Finding> findings = findings(lanes, forward, back);
        return new CaseAnalysis(evidence, client, server, notes, evidence.flow(), lanes, layout, findings,
                Map.of(client, 0.0));
    }

    private static List<HostTrace> traces(CaseEvidence evidence) {
        List<HostTrace> traces = new ArrayList<>();
        for (ImportedArtifact artifact : evidence.artifacts()) {
            for (Trace trace : artifact.items(Trace.class)) {
                traces.add(new HostTrace(artifact.artifact().host(), artifact.artifact().id(), trace));
            }
        }
        return traces;
    }

    /** The best path traced on {@code host}: toward {@code far} when known, then the one that got furthest. */
    private static Optional<HostTrace> tracedOn(List<HostTrace> traces, String host, Optional<InetAddress> far) {
        return traces.stream()
                .filter(t -> t.host().equals(host))
                .filter(t -> far.isEmpty() || t.trace().target().isEmpty() || t.trace().target().equals(far))
                .max((a, b) -> Integer.compare(score(a), score(b)));
    }

    private static int score(HostTrace t) {
        return (t.trace().reachedTarget() ? 1000 : 0) + t.trace().hops().size();
    }

    private static List<Finding> findings(Lanes lanes, Optional<HostTrace> forward, Optional<HostTrace> back) {
        List<Provenance> cited = new ArrayList<>();
        forward.ifPresent(t -> t.trace().hops().forEach(h -> cited.add(h.provenance())));
        back.ifPresent(t -> t.trace().hops().forEach(h -> cited.add(h.provenance())));
        String summary = lanes.divergence()
                .map(d -> "the lanes part after " + d.splitsAfter()
                        + d.rejoinsAt().map(r -> " and meet again at " + r).orElse(" and do not meet again")
                        + " (forward via " + d.forwardOnly() + ", return via " + d.returnOnly() + ")"
                        + "; traced paths alone cannot say whether a stateful device drops the flow")
                .orElse("the lanes pass the same nodes; traced paths alone cannot say whether the flow works");
        return List.of(new Finding(FindingKind.INSUFFICIENT_EVIDENCE, 0.3, Optional.empty(), Optional.empty(),
                summary, cited, List.of(),
                "capture the flow on client and server, and collect the ruleset and counters of every device where the lanes differ"));
    }
}
