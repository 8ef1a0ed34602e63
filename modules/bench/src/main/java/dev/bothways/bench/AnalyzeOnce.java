package dev.bothways.bench;

import dev.bothways.analysis.CaseAnalysis;
import dev.bothways.analysis.CaseAnalyzer;
import dev.bothways.analysis.CaseEvidence;
import dev.bothways.casefile.CaseFolder;
import dev.bothways.casefile.CaseFolderException;
import dev.bothways.importers.Severity;
import dev.bothways.model.Finding;
import dev.bothways.model.Progress;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;

/**
 * One measurement, run in its own JVM by {@link CaseBenchmark}: loads a case folder and analyses
 * it as the app does, and prints on one line the two times (wall, and CPU of the main thread,
 * which a machine shared with other work disturbs less), what came out (artifacts, error
 * diagnostics, the nodes of each lane) and the top finding. With {@code --warm} it analyses the
 * same evidence a second time and adds that time: the analysis without class loading and JIT warm-up.
 */
public final class AnalyzeOnce {
    private AnalyzeOnce() {
    }

    public static void main(String[] args) throws CaseFolderException {
        boolean warm = args.length == 2 && args[1].equals("--warm");
        if (args.length != 1 && !warm) {
            System.err.println("usage: AnalyzeOnce CASE-FOLDER [--warm]");
            System.exit(2);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = System.nanoTime();
        long startCpu = threads.getCurrentThreadCpuTime();
        CaseEvidence evidence = CaseFolder.standard().load(Path.of(args[0]), Progress.NONE);
        long loaded = System.nanoTime();
        long loadedCpu = threads.getCurrentThreadCpuTime();
        CaseAnalysis analysis = new CaseAnalyzer().analyze(evidence);
        long analysed = System.nanoTime();
        long analysedCpu = threads.getCurrentThreadCpuTime();
        String again = "";
        if (warm) {
            long before = System.nanoTime();
            long beforeCpu = threads.getCurrentThreadCpuTime();
            new CaseAnalyzer().analyze(evidence);
            again = " warmAnalyze=" + (System.nanoTime() - before) / 1_000_000 + " warmAnalyzeCpu="
                    + (threads.getCurrentThreadCpuTime() - beforeCpu) / 1_000_000;
        }
        long errors = evidence.artifacts().stream().flatMap(a -> a.diagnostics().stream())
                .filter(d -> d.severity() == Severity.ERROR).count();
        String top = analysis.findings().stream().findFirst()
                .map(f -> f.kind() + " at " + f.at().orElse("?") + " (" + f.confidence() + "): " + f.summary())
                .orElse("none");
        System.out.println("load=" + (loaded - start) / 1_000_000 + " analyze=" + (analysed - loaded) / 1_000_000
                + " loadCpu=" + (loadedCpu - startCpu) / 1_000_000 + " analyzeCpu=" + (analysedCpu - loadedCpu) / 1_000_000
                + " artifacts=" + evidence.artifacts().size() + " errors=" + errors
                + " forward=" + analysis.lanes().forward().nodes().size()
                + " return=" + analysis.lanes().back().nodes().size()
                + " forwardPath=" + String.join(",", analysis.lanes().forward().nodes().stream().map(n -> n.value()).toList())
                + " returnPath=" + String.join(",", analysis.lanes().back().nodes().stream().map(n -> n.value()).toList())
                + " top=" + top + again);
    }
}
