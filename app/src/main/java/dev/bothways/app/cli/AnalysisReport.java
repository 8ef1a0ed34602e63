package dev.bothways.app.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bothways.analysis.CaseAnalysis;
import dev.bothways.analysis.boundaries.BoundaryKind;
import dev.bothways.analysis.boundaries.BoundaryVerdict;
import dev.bothways.analysis.lanes.EcmpBranch;
import dev.bothways.analysis.lanes.LaneStep;
import dev.bothways.analysis.lanes.WalkedLane;
import dev.bothways.model.Lane;
import java.util.Optional;
import dev.bothways.importers.Diagnostic;
import dev.bothways.model.Addresses;
import dev.bothways.model.Divergence;
import dev.bothways.model.Finding;
import dev.bothways.model.LanePath;
import dev.bothways.model.Node;
import dev.bothways.model.NodeId;
import dev.bothways.model.NodeRole;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The shape {@code analyze --json} prints (DESIGN.md); fields may be added, never renamed. */
record AnalysisReport(@JsonProperty("case") String caseName, String client, String server, String flow,
                      List<String> translatedFlows, List<String> notes, List<HopReport> forward,
                      @JsonProperty("return") List<HopReport> back, DivergenceReport divergence,
                      List<EcmpReport> ecmp, List<BoundaryReport> stateBoundaries, List<FindingReport> findings,
                      Map<String, Double> clockOffsets, List<OffsetReport> clockOffsetEstimates,
                      List<DiagnosticReport> diagnostics) {

    /** How a capture's clock offset (to the reference capture, seconds) was found, and how sure. */
    record OffsetReport(String host, String reference, double seconds, double uncertainty, int samples, String source) {
    }

    /**
     * One node of a lane; {@code how} and {@code evidence} say how the lane reached it from the
     * node before (empty for the lane's first node).
     */
    record HopReport(String node, String host, String name, List<String> addresses, String basis, String how,
                     List<EvidenceRef> evidence) {
    }

    record EcmpReport(String lane, String at, List<String> branches, String took, String how,
                      List<EvidenceRef> evidence) {
    }

    record BoundaryReport(String node, List<String> kinds, List<String> lanes, String syn, String synAck,
                          List<String> interfaces, String dropped, String verdict, List<EvidenceRef> evidence,
                          List<EvidenceRef> drops) {
    }

    record DivergenceReport(String splitsAfter, String rejoinsAt, List<String> forwardOnly, List<String> returnOnly) {
    }

    record FindingReport(String kind, double confidence, String at, String flow, String summary,
                         List<EvidenceRef> evidence, List<EvidenceRef> against, String next, List<String> ruledOut,
                         DiedReport died) {
    }

    /** Where the packet that died was seen, and where a capture could have seen it but did not. */
    record DiedReport(String packet, String lane, List<String> seenAt, List<String> notSeenAt) {
    }

    record DiagnosticReport(String file, int line, int column, String severity, String message) {
        static DiagnosticReport of(Diagnostic d) {
            return new DiagnosticReport(d.artifact().value(), d.line(), d.column(), d.severity().label(), d.message());
        }
    }

    static AnalysisReport of(CaseAnalysis analysis) {
        Set<String> hosts = Set.copyOf(analysis.evidence().hosts());
        return new AnalysisReport(analysis.evidence().name(), analysis.client(), analysis.server(),
                analysis.flow().map(Object::toString).orElse(null),
                analysis.identity().map(i -> i.translations().keySet().stream().map(Object::toString).toList()).orElse(List.of()),
                analysis.notes(),
                hops(analysis, analysis.lanes().forward(), analysis.forwardWalk(), hosts),
                hops(analysis, analysis.lanes().back(), analysis.returnWalk(), hosts),
                analysis.lanes().divergence().map(AnalysisReport::divergence).orElse(null),
                java.util.stream.Stream.of(analysis.forwardWalk(), analysis.returnWalk())
                        .flatMap(w -> w.ecmp().stream()).map(AnalysisReport::ecmp).toList(),
                analysis.boundaries().stream().map(AnalysisReport::boundary).toList(),
                analysis.findings().stream().map(AnalysisReport::finding).toList(),
                new TreeMap<>(analysis.clockOffsets()),
                analysis.evidence().estimatedClockOffsets().stream().map(o -> new OffsetReport(o.capturePoint(),
                        o.reference(), o.offsetNanos() / 1e9, o.uncertaintyNanos() / 1e9, o.samples(),
                        o.source().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))).toList(),
                java.util.stream.Stream.concat(
                        analysis.evidence().artifacts().stream().flatMap(a -> a.diagnostics().stream()),
                        analysis.evidence().captures().stream().flatMap(c -> c.diagnostics().stream()))
                        .map(DiagnosticReport::of).toList());
    }

    private static List<HopReport> hops(CaseAnalysis analysis, LanePath lane, WalkedLane walk, Set<String> hosts) {
        List<LaneStep> steps = walk.steps();
        java.util.concurrent.atomic.AtomicInteger index = new java.util.concurrent.atomic.AtomicInteger();
        return lane.nodes().stream().map(id -> {
            int i = index.getAndIncrement();
            Optional<LaneStep> step = i > 0 && i - 1 < steps.size() ? Optional.of(steps.get(i - 1)) : Optional.empty();
            Node node = analysis.lanes().topology().node(id).orElseThrow();
            String host = hosts.contains(id.value()) || node.role() == NodeRole.CLIENT || node.role() == NodeRole.SERVER
                    ? id.value() : null;
            String name = node.label().equals(id.value()) ? null : node.label();
            String basis = step.map(LaneStep::basis).orElse(node.basis()).name().toLowerCase(java.util.Locale.ROOT);
            return new HopReport(id.value(), host, name,
                    node.addresses().stream().map(Addresses::format).sorted().toList(), basis,
                    step.map(LaneStep::how).orElse(null),
                    EvidenceRef.all(step.map(LaneStep::evidence).orElse(node.evidence())));
        }).toList();
    }

    private static DivergenceReport divergence(Divergence d) {
        return new DivergenceReport(d.splitsAfter().value(), d.rejoinsAt().map(NodeId::value).orElse(null),
                d.forwardOnly().stream().map(NodeId::value).toList(), d.returnOnly().stream().map(NodeId::value).toList());
    }

    private static FindingReport finding(Finding f) {
        return new FindingReport(f.kind().id(), f.confidence(), f.at().orElse(null),
                f.flow().map(Object::toString).orElse(null), f.summary(),
                EvidenceRef.all(f.evidence()), EvidenceRef.all(f.against()), f.next(), f.ruledOut(),
                f.died().map(d -> new DiedReport(d.packet(), d.lane().label(), d.seenAt(), d.notSeenAt())).orElse(null));
    }

    private static EcmpReport ecmp(EcmpBranch b) {
        return new EcmpReport(b.lane().label(), b.host(), b.candidates(), b.chosen().orElse(null), b.how(),
                EvidenceRef.all(b.evidence()));
    }

    private static BoundaryReport boundary(BoundaryVerdict v) {
        return new BoundaryReport(v.boundary().node().value(),
                v.boundary().kinds().stream().map(BoundaryKind::label).sorted().toList(),
                v.lanes().stream().sorted().map(Lane::label).toList(),
                v.opening().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                v.reply().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                v.interfaces(), v.droppedWhat().isEmpty() ? null : v.droppedWhat(), v.line(),
                EvidenceRef.all(java.util.stream.Stream.concat(v.openingEvidence().stream(), v.replyEvidence().stream()).toList()),
                EvidenceRef.all(v.drops()));
    }
}
