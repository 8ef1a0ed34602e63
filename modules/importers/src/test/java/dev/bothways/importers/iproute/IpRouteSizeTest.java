package dev.bothways.importers.iproute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.ParseResult;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Progress;
import dev.bothways.model.Route;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/** A full-table {@code ip route} streams: progress, cancel, and (on request) the million-route timing. */
class IpRouteSizeTest {
    @TempDir
    Path dir;

    /** Writes {@code routes} routes, every tenth one a two-way multipath route; returns the line count. */
    static long writeTable(Path file, int routes) throws IOException {
        long lines = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int i = 0; i < routes; i++) {
                String prefix = (i >>> 16 & 0xff) + 1 + "." + (i >>> 8 & 0xff) + "." + (i & 0xff) + ".0/24";
                if (i % 10 == 0) {
                    out.write(prefix + " proto bgp metric 20 \n\tnexthop via 10.0.0.1 dev eth0 weight 1 \n"
                            + "\tnexthop via 10.0.1.1 dev eth1 weight 1 \n");
                    lines += 3;
                } else {
                    out.write(prefix + " via 10.0." + (i & 1) + ".1 dev eth" + (i & 1) + " proto bgp metric 20 \n");
                    lines++;
                }
            }
        }
        return lines;
    }

    @Test
    void largeTableReportsProgressToTheEndAndKeepsLineNumbers() throws IOException {
        Path file = dir.resolve("routes.txt");
        long lines = writeTable(file, 50_000);
        List<long[]> reports = new ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void worked(long done, long total) {
                reports.add(new long[] {done, total});
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        };
        ArtifactId id = new ArtifactId("routes.txt");
        ParseResult<Evidence<Route>> result = new IpRouteFormat().parse(
                ArtifactSource.ofFile(id, file, 0, 1, StandardCharsets.UTF_8), progress);
        assertEquals(50_000, result.understood());
        assertEquals(List.of(), result.diagnostics());
        assertEquals(ArtifactLines.line(id, (int) lines), result.items().getLast().provenance());
        long[] last = reports.getLast();
        assertEquals(Files.size(file), last[0]);
        assertEquals(Files.size(file), last[1]);
        assertTrue(reports.size() > 10, "progress reported along the way: " + reports.size());
    }

    @Test
    void cancelStopsTheReadWithOneDiagnosticAndKeepsWhatWasRead() throws IOException {
        Path file = dir.resolve("routes.txt");
        writeTable(file, 50_000);
        Progress cancelAtOnce = new Progress() {
            @Override
            public void worked(long done, long total) {
            }

            @Override
            public boolean cancelled() {
                return true;
            }
        };
        ParseResult<Evidence<Route>> result = new IpRouteFormat().parse(
                ArtifactSource.ofFile(new ArtifactId("routes.txt"), file, 0, 1, StandardCharsets.UTF_8), cancelAtOnce);
        assertEquals(List.of("routes.txt:4096: warning: import cancelled at line 4096; kept what was read before it"),
                result.diagnostics().stream().map(Object::toString).toList());
        assertTrue(result.understood() > 3000 && result.understood() < 4096, "routes before the cancel");
    }

    /**
     * The million-route measurement, off by default:
     * {@code ./mvnw -q -pl modules/importers -am test -Dtest=IpRouteSizeTest -Dsurefire.failIfNoSpecifiedTests=false
     * -Dbothways.perf=true -DargLine=-Xmx1g}. Prints wall time and the parsing thread's CPU time, which stays
     * meaningful when other work shares the machine.
     */
    @Test
    @EnabledIfSystemProperty(named = "bothways.perf", matches = "true")
    void millionRoutes() throws IOException {
        Path file = dir.resolve("million.txt");
        writeTable(file, 1_000_000);
        ArtifactSource source = ArtifactSource.ofFile(new ArtifactId("million.txt"), file, 0, 1, StandardCharsets.UTF_8);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int run = 0; run < 5; run++) {
            System.gc();
            long start = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            ParseResult<Evidence<Route>> result = new IpRouteFormat().parse(source, Progress.NONE);
            long millis = (System.nanoTime() - start) / 1_000_000;
            long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
            Runtime rt = Runtime.getRuntime();
            System.out.printf("run %d: %d routes from %d MB: wall %d ms, parser thread cpu %d ms, heap %d of %d MB%n",
                    run, result.understood(), Files.size(file) >> 20, millis, cpuMillis,
                    (rt.totalMemory() - rt.freeMemory()) >> 20, rt.maxMemory() >> 20);
            assertEquals(1_000_000, result.understood());
        }
    }
}
