package dev.bothways.bench;

import dev.bothways.importers.ArtifactReader;
import dev.bothways.importers.Diagnostic;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.Severity;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.Progress;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One measurement, run in its own JVM by {@link RouteImportBenchmark}: imports one file as one
 * format through the standard reader and prints {@code items=N millis=T errors=E} on one line.
 */
public final class ImportOnce {
    private ImportOnce() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ImportOnce FORMAT-ID FILE");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        long start = System.nanoTime();
        ImportedArtifact artifact = ArtifactReader.standard().read(new ArtifactId(file.getFileName().toString()), file,
                "bench", Optional.of(args[0]), Progress.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpu = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime() / 1_000_000;
        long errors = artifact.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        artifact.diagnostics().stream().limit(3).map(Diagnostic::toString).forEach(System.err::println);
        System.out.println("items=" + artifact.understood() + " millis=" + millis + " errors=" + errors
                + " cpu=" + cpu);
    }
}
