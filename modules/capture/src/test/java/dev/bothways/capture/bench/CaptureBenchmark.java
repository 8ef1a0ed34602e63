package dev.bothways.capture.bench;

import dev.bothways.capture.flow.Flow;
import dev.bothways.capture.flow.FlowIndexer;
import dev.bothways.capture.flow.FlowTable;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The capture benchmark, run by {@code modules/capture/bench.sh} (never by the unit suite).
 * <pre>
 *   generate FILE MIB   write a synthetic pcap of about MIB mebibytes
 *   index FILE          index it here and print "packets tcpFlows flows millis peakHeapMiB"
 *   bare FILE           the reference: a bare loop that maps the file and counts flows ({@link BareLoop})
 *   compare FILE [XMX [LAUNCHER]]
 *                       time capinfos -c, tshark -q -z conv,tcp and "index" in a fresh JVM with -XmxXMX
 *                       (default 256m) and the serial collector, on the page-cached file, and print
 *                       counts and ratios; with LAUNCHER (app/target/bothways) also "bothways flows FILE"
 *                       as users run it, with -XmxXMX added through BOTHWAYS_JAVA_OPTS
 * </pre>
 * Ratios, not absolute times, are the result (STYLE.md): they compare tools on the same machine
 * in the same run.
 */
public final class CaptureBenchmark {
    private CaptureBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: CaptureBenchmark generate FILE MIB | index FILE | bare FILE | compare FILE [XMX]");
            System.exit(2);
        }
        Path file = Path.of(args[1]);
        switch (args[0]) {
            case "generate" -> {
                long target = Long.parseLong(args[2]) << 20;
                long t0 = System.nanoTime();
                SyntheticCapture.Written w = new SyntheticCapture(20261124L).write(file, target);
                System.out.printf(Locale.ROOT, "wrote %s: %d bytes, %d packets, %d flows (%d TCP) in %.1f s%n",
                        file, w.bytes(), w.packets(), w.flows(), w.tcpFlows(), (System.nanoTime() - t0) / 1e9);
            }
            case "index" -> index(file);
            case "bare" -> {
                long[] counts = BareLoop.count(file);
                System.out.printf(Locale.ROOT, "%d %d%n", counts[0], counts[1]);
            }
            case "compare" -> compare(file, args.length > 2 ? args[2] : "256m", args.length > 3 ? args[3] : "");
            default -> {
                System.err.println("unknown mode " + args[0]);
                System.exit(2);
            }
        }
    }

    private static void index(Path file) throws IOException {
        long t0 = System.nanoTime();
        long[] passEnd = new long[1];
        FlowTable table = FlowIndexer.index(file, new Progress() {
            @Override
            public void worked(long done, long total) {
                passEnd[0] = System.nanoTime();
            }

            @Override
            public boolean cancelled() {
                return false;
            }
        });
        long end = System.nanoTime();
        long millis = (end - t0) / 1_000_000;
        System.err.printf(Locale.ROOT, "streaming pass %d ms, building the flow table %d ms%n",
                (passEnd[0] - t0) / 1_000_000, (end - passEnd[0]) / 1_000_000);
        long tcp = table.flows().stream().filter(f -> f.tcp().isPresent()).count();
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        long packetsInFlows = table.flows().stream().mapToLong(Flow::packets).sum();
        System.out.printf(Locale.ROOT, "%d %d %d %d %d %d%n", table.packets(), tcp, table.flows().size(), millis,
                peak >> 20, packetsInFlows);
    }

    /**
     * Output, wall time and CPU time (user + system, from /usr/bin/time) of one external command.
     * On a machine shared with other work the CPU time is the steadier measure.
     */
    private record Run(String output, double seconds, double cpu, int exit) {
    }

    private static final Pattern TIME = Pattern.compile("TIME ([0-9.]+) ([0-9.]+) ([0-9.]+)");

    private static Run run(List<String> command) throws IOException, InterruptedException {
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "TIME %e %U %S"));
        timed.addAll(command);
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(timed).redirectErrorStream(true).start();
        String out;
        try (InputStream in = p.getInputStream()) {
            out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int exit = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        Matcher m = TIME.matcher(out);
        double cpu = -1;
        while (m.find()) {
            cpu = Double.parseDouble(m.group(2)) + Double.parseDouble(m.group(3));
        }
        return new Run(out, wall, cpu, exit);
    }

    private static void compare(Path file, String xmx, String launcher) throws IOException, InterruptedException {
        System.out.printf("file: %s (%d MiB)%n", file, Files.size(file) >> 20);
        new ProcessBuilder("cat", file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor();
        Run capinfos = run(List.of("capinfos", "-c", "-M", file.toString()));
        capinfos = best(capinfos, run(List.of("capinfos", "-c", "-M", file.toString())));
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> ours = new ArrayList<>(List.of(java, "-Xmx" + xmx, "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), CaptureBenchmark.class.getName(), "index", file.toString()));
        Run bothways = run(ours);
        bothways = best(bothways, run(ours));
        List<String> bareLoop = List.of(java, "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                CaptureBenchmark.class.getName(), "bare", file.toString());
        Run bare = best(run(bareLoop), run(bareLoop));
        Run flowsCommand = null;
        if (!launcher.isEmpty()) {
            List<String> flows = List.of("sh", "-c", "BOTHWAYS_JAVA_OPTS=-Xmx$1 exec \"$0\" flows \"$2\" > /dev/null",
                    launcher, xmx, file.toString());
            // The first runs after a build write the launcher's start-up caches (on Java 25 a record,
            // then the cache made from it).
            run(flows);
            run(flows);
            flowsCommand = best(best(run(flows), run(flows)), run(flows));
        }
        // Best of two for tshark too, as for every other contender.
        List<String> conversations = List.of("tshark", "-r", file.toString(), "-q", "-z", "conv,tcp");
        Run tshark = best(run(conversations), run(conversations));

        long capinfosPackets = firstNumber(capinfos.output(), "Number of packets:\\s+([0-9 ]+)");
        long tsharkFlows = tshark.output().lines().filter(l -> l.contains("<->")).count();
        String[] f = bothways.output().lines().filter(l -> l.matches("[0-9 ]+")).findFirst().orElse("-1 -1 -1 -1 -1 -1").split(" ");
        System.out.printf(Locale.ROOT, "capinfos -c          %7.2f s wall %6.2f s cpu   packets %d%n",
                capinfos.seconds(), capinfos.cpu(), capinfosPackets);
        System.out.printf(Locale.ROOT, "tshark -z conv,tcp   %7.2f s wall %6.2f s cpu   tcp conversations %d%n",
                tshark.seconds(), tshark.cpu(), tsharkFlows);
        System.out.printf(Locale.ROOT, "bare JVM loop        %7.2f s wall %6.2f s cpu   (the issue's reference: maps the file, counts "
                + "flows, nothing else)%n", bare.seconds(), bare.cpu());
        // The goals are for the command as users run it; the indexer alone shows what the launcher adds.
        if (flowsCommand != null) {
            System.out.printf(Locale.ROOT, "bothways flows (-Xmx%s) %6.2f s wall %6.2f s cpu (exit %d), as users start it%n",
                    xmx, flowsCommand.seconds(), flowsCommand.cpu(), flowsCommand.exit());
            System.out.printf(Locale.ROOT, "  tshark/flows = %.1fx wall (goal >= 20), %.1fx cpu; flows/capinfos = %.2fx wall (goal <= 3); "
                            + "flows/bare loop = %.2fx wall%n",
                    tshark.seconds() / flowsCommand.seconds(), tshark.cpu() / flowsCommand.cpu(),
                    flowsCommand.seconds() / capinfos.seconds(), flowsCommand.seconds() / bare.seconds());
        } else {
            System.out.println("bothways flows: not timed; build the app first (./mvnw -q package -DskipTests)");
        }
        System.out.printf(Locale.ROOT, "indexer alone (-Xmx%s, serial GC, no start-up cache) %.2f s wall %.2f s cpu (exit %d): "
                        + "packets %s, tcp flows %s, all flows %s, indexing %s ms in-process, peak heap %s MiB%n",
                xmx, bothways.seconds(), bothways.cpu(), bothways.exit(), f[0], f[1], f[2], f[3], f[4]);
        System.out.println("  " + bothways.output().lines().filter(l -> l.startsWith("streaming")).findFirst().orElse(""));
        System.out.printf(Locale.ROOT, "  tshark/indexer = %.1fx wall, %.1fx cpu; indexer/capinfos = %.2fx wall, %.2fx cpu%n",
                tshark.seconds() / bothways.seconds(), tshark.cpu() / bothways.cpu(),
                bothways.seconds() / capinfos.seconds(), bothways.cpu() / capinfos.cpu());
        System.out.printf("same counts (the indexer's, against capinfos and tshark): packets %s, tcp flows %s%n",
                Long.toString(capinfosPackets).equals(f[0]), Long.toString(tsharkFlows).equals(f[1]));
    }

    private static Run best(Run a, Run b) {
        return a.seconds() <= b.seconds() ? a : b;
    }

    private static long firstNumber(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Long.parseLong(m.group(1).replace(" ", "").strip()) : -1;
    }
}
