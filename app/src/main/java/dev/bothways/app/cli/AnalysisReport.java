package dev.bothways.app.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.bothways.analysis.CaseAnalysis;
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
                      List<String> notes, List<HopReport> forward, @JsonProperty("return") List<HopReport> back,
                      DivergenceReport divergence, List<FindingReport> findings, Map<String, Double> clockOffsets,
                      List<DiagnosticReport> diagnostics) {

    record HopReport(String node, String host, String name, List<String> addresses, String basis,
                     List<EvidenceRef> evidence) {
    }

    record DivergenceReport(String splitsAfter, String rejoinsAt, List<String> forwardOnly, List<String> returnOnly) {
    }

    record FindingReport(String kind, double confidence, String at, String flow, String summary,
                         List<EvidenceRef> evidence, List<EvidenceRef> against, String next) {
    }

    record DiagnosticReport(String file, int line, int column, String severity, String message) {
        static DiagnosticReport of(Diagnostic d) {
            return new DiagnosticReport(d.artifact().value(), d.line(), d.column(), d.severity().label(), d.message());
        }
    }

    static AnalysisReport of(CaseAnalysis analysis) {
        Set<String> hosts = Set.copyOf(analysis.evidence().hosts());
        return new AnalysisReport(analysis.evidence().name(), analysis.client(), analysis.server(),
                analysis.flow().map(Object::toString).orElse(null), analysis.notes(),
                hops(analysis, analysis.lanes().forward(), hosts), hops(analysis, analysis.lanes().back(), hosts),
                analysis.lanes().divergence().map(AnalysisReport::divergence).orElse(null),
                analysis.findings().stream().map(AnalysisReport::finding).toList(),
                new TreeMap<>(analysis.clockOffsets()),
                analysis.evidence().artifacts().stream().flatMap(a -> a.diagnostics().stream())
                        .map(DiagnosticReport::of).toList());
    }

    private static List<HopReport> hops(CaseAnalysis analysis, LanePath lane, Set<String> hosts) {
        return lane.nodes().stream().map(id -> {
            Node node = analysis.lanes().topology().node(id).orElseThrow();
            String host = hosts.contains(id.value()) || node.role() == NodeRole.CLIENT || node.role() == NodeRole.SERVER
                    ? id.value() : null;
            String name = node.label().equals(id.value()) ? null : node.label();
            return new HopReport(id.value(), host, name,
                    node.addresses().stream().map(Addresses::format).sorted().toList(),
                    node.basis().name().toLowerCase(java.util.Locale.ROOT), EvidenceRef.all(node.evidence()));
        }).toList();
    }

    private static DivergenceReport divergence(Divergence d) {
        return new DivergenceReport(d.splitsAfter().value(), d.rejoinsAt().map(NodeId::value).orElse(null),
                d.forwardOnly().stream().map(NodeId::value).toList(), d.returnOnly().stream().map(NodeId::value).toList());
    }

    private static FindingReport finding(Finding f) {
        return new FindingReport(f.kind().id(), f.confidence(), f.at().orElse(null),
                f.flow().map(Object::toString).orElse(null), f.summary(),
                EvidenceRef.all(f.evidence()), EvidenceRef.all(f.against()), f.next());
    }
}
