package dev.bothways.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.bothways.analysis.CaseAnalysis;
import dev.bothways.analysis.CaseAnalyzer;
import dev.bothways.analysis.CaseEvidence;
import dev.bothways.casefile.CaseFolder;
import dev.bothways.casefile.CaseFolderException;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Progress;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code bothways analyze CASE [--json] [--flow FLOW]}: the lanes, the verdicts and the findings. */
record AnalyzeCommand(Path caseFolder, boolean json, @Nullable String flow) implements Command {
    @Override
    public int run() throws JsonProcessingException {
        Optional<FiveTuple> chosen = Optional.empty();
        if (flow != null) {
            chosen = FiveTuple.parse(flow);
            if (chosen.isEmpty()) {
                System.err.println("bothways: --flow '" + flow + "' is not of the form \"tcp 192.0.2.20:43122 > 203.0.113.10:443\"");
                return 2;
            }
        }
        CaseEvidence evidence;
        try {
            evidence = CaseFolder.standard().load(caseFolder, Progress.NONE);
        } catch (CaseFolderException e) {
            System.err.println("bothways: " + e.getMessage());
            return 2;
        }
        if (chosen.isPresent()) {
            evidence = evidence.withFlow(chosen);
        }
        CaseAnalysis analysis = new CaseAnalyzer().analyze(evidence);
        AnalysisReport report = AnalysisReport.of(analysis);
        if (json) {
            System.out.println(Json.MAPPER.writeValueAsString(report));
        } else {
            new AnalysisText(System.out).print(report);
        }
        return 0;
    }

    /** The report for people: lanes as arrows, findings with their citations. */
    private record AnalysisText(PrintStream out) {
        void print(AnalysisReport r) {
            out.println("Case " + r.caseName() + ": client " + r.client() + ", server " + r.server());
            out.println("Flow:    " + (r.flow() == null ? "(not named; pass --flow or add it to case.json)" : r.flow()));
            out.println("Forward: " + lane(r.forward()));
            out.println("Return:  " + lane(r.back()));
            if (r.divergence() != null) {
                AnalysisReport.DivergenceReport d = r.divergence();
                out.println("Lanes part after " + d.splitsAfter()
                        + (d.rejoinsAt() == null ? " and do not meet again" : " and meet again at " + d.rejoinsAt())
                        + ": forward via " + d.forwardOnly() + ", return via " + d.returnOnly());
            } else {
                out.println("Lanes pass the same nodes.");
            }
            r.ecmp().forEach(e -> out.println("Multipath on " + e.at() + " (" + e.lane() + "): " + e.branches()
                    + (e.took() == null ? ", branch unknown" : ", took " + e.took()) + " — " + e.how()));
            if (!r.stateBoundaries().isEmpty()) {
                out.println("State boundaries:");
                r.stateBoundaries().forEach(b -> out.println("  " + b.verdict()));
            }
            r.notes().forEach(n -> out.println("Note: " + n));
            out.println("Findings:");
            for (AnalysisReport.FindingReport f : r.findings()) {
                out.printf("  %s (confidence %.2f)%s: %s%n", f.kind(), f.confidence(),
                        f.at() == null ? "" : " at " + f.at(), f.summary());
                f.evidence().forEach(e -> out.println("    for:     " + cite(e)));
                f.against().forEach(e -> out.println("    against: " + cite(e)));
                if (f.died() != null) {
                    out.println("    died:    the " + f.died().packet() + " (" + f.died().lane() + " lane) was seen at "
                            + f.died().seenAt() + ", not at " + f.died().notSeenAt());
                }
                f.ruledOut().forEach(e -> out.println("    beat:    " + e));
                out.println("    next:    " + f.next());
            }
            r.diagnostics().forEach(d -> out.println(d.file() + (d.line() > 0 ? ":" + d.line() : "") + ": "
                    + d.severity() + ": " + d.message()));
        }

        private static String lane(java.util.List<AnalysisReport.HopReport> hops) {
            return String.join(" → ", hops.stream().map(AnalysisReport.HopReport::node).toList());
        }

        private static String cite(EvidenceRef e) {
            if (e.lines() != null) {
                int a = e.lines().get(0);
                int b = e.lines().get(1);
                return e.artifact() + ":" + (a == b ? a : a + "-" + b);
            }
            return e.artifact() + " packet " + e.packets().get(0);
        }
    }
}
