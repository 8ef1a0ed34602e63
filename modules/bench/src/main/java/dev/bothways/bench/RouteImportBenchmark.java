package dev.bothways.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates a full Internet table (once per size and seed) as FRR JSON and as {@code ip route}
 * text, then times, on the same files and in one run: {@code jq empty} on the JSON, and the
 * Bothways import of each form in a fresh JVM capped at {@code -Xmx1g}. Prints every run and the
 * ratios of the medians, both of wall time (whole processes, so JVM start-up counts against us)
 * and of CPU time (user + system of all threads), which a busy machine disturbs less.
 *
 * <pre>java -cp ... dev.bothways.bench.RouteImportBenchmark [--routes 1000000] [--dir /tmp/bothways-bench] [--repeat 3]</pre>
 */
public final class RouteImportBenchmark {
    private static final long SEED = 20261124L;
    private static final Pattern RESULT = Pattern.compile("items=(\\d+) millis=(\\d+) errors=(\\d+) cpu=(\\d+)");
    /** bash's {@code times}: the second line is the children's user and system time. */
    private static final Pattern TIMES = Pattern.compile("(\\d+)m([\\d.]+)s (\\d+)m([\\d.]+)s\\s*$");
    /** The {@code ip route} text importer (from branch imp-paths), for the text measurement. */
    static final String IP_ROUTE_TEXT_FORMAT = "ip-route";
    static final String FRR_JSON_FORMAT = "frr-route-json";

    private RouteImportBenchmark() {
    }

    /** One run: wall and CPU milliseconds. */
    private record Run(long wall, long cpu) {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int routes = 1_000_000;
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "bothways-bench");
        int repeat = 3;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--routes" -> routes = Integer.parseInt(args[i + 1]);
                case "--dir" -> dir = Path.of(args[i + 1]);
                case "--repeat" -> repeat = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Files.createDirectories(dir);
        Path json = dir.resolve("show-ip-route-" + routes + ".json");
        Path text = dir.resolve("ip-route-" + routes + ".txt");
        generate(routes, json, text, dir.resolve("generated-" + routes + ".txt"));
        System.out.printf(Locale.ROOT, "table: %,d IPv4 routes; %s = %,d bytes; %s = %,d bytes%n", routes,
                json.getFileName(), Files.size(json), text.getFileName(), Files.size(text));

        List<Run> jq = new ArrayList<>();
        List<Run> frr = new ArrayList<>();
        List<Run> ip = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            jq.add(jq(json));
            frr.add(bothways(FRR_JSON_FORMAT, json, routes));
            ip.add(bothways(IP_ROUTE_TEXT_FORMAT, text, routes));
        }
        Run jqm = median(jq);
        Run frrm = median(frr);
        Run ipm = median(ip);
        System.out.printf(Locale.ROOT, "median wall ms: jq empty %d, bothways %s %d, bothways %s %d%n",
                jqm.wall(), FRR_JSON_FORMAT, frrm.wall(), IP_ROUTE_TEXT_FORMAT, ipm.wall());
        System.out.printf(Locale.ROOT, "median CPU ms:  jq empty %d, bothways %s %d, bothways %s %d%n",
                jqm.cpu(), FRR_JSON_FORMAT, frrm.cpu(), IP_ROUTE_TEXT_FORMAT, ipm.cpu());
        System.out.printf(Locale.ROOT, "jq empty / bothways JSON import: wall %.2fx, CPU %.2fx (aim: >= 5x)%n",
                (double) jqm.wall() / frrm.wall(), (double) jqm.cpu() / frrm.cpu());
        System.out.printf(Locale.ROOT, "bothways text / bothways JSON:   wall %.2f, CPU %.2f (aim: <= 1.00)%n",
                (double) ipm.wall() / frrm.wall(), (double) ipm.cpu() / frrm.cpu());
    }

    private static void generate(int routes, Path json, Path text, Path marker) throws IOException {
        String stamp = "routes=" + routes + " seed=" + SEED;
        if (Files.exists(json) && Files.exists(text) && Files.exists(marker)
                && Files.readString(marker).strip().equals(stamp)) {
            return;
        }
        long start = System.nanoTime();
        List<InternetTable.Route> table = InternetTable.generate(routes, SEED);
        TableWriter.frrJson(table, json);
        TableWriter.ipRouteText(table, text);
        Files.writeString(marker, stamp + "\n");
        System.out.printf(Locale.ROOT, "generated in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    private static Run jq(Path json) throws IOException, InterruptedException {
        Timed t = run(List.of("bash", "-c", "jq empty \"$1\" && times", "bash", json.toString()), "jq empty");
        Matcher m = TIMES.matcher(t.output());
        if (!m.find()) {
            throw new IllegalStateException("no CPU times from bash: " + t.output());
        }
        long cpu = Math.round((Integer.parseInt(m.group(1)) * 60 + Double.parseDouble(m.group(2))
                + Integer.parseInt(m.group(3)) * 60 + Double.parseDouble(m.group(4))) * 1000);
        System.out.printf(Locale.ROOT, "%-26s %7d ms wall %7d ms CPU%n", "jq empty", t.millis(), cpu);
        return new Run(t.millis(), cpu);
    }

    private static Run bothways(String format, Path file, int expected) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String label = "bothways " + format;
        Timed t = run(List.of(java.toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                ImportOnce.class.getName(), format, file.toString()), label);
        Matcher m = RESULT.matcher(t.output());
        if (!m.find() || Integer.parseInt(m.group(1)) != expected || !m.group(3).equals("0")) {
            throw new IllegalStateException(label + " did not import " + expected + " routes without errors: "
                    + t.output());
        }
        long cpu = Long.parseLong(m.group(4));
        System.out.printf(Locale.ROOT, "%-26s %7d ms wall %7d ms CPU  (import itself %s ms, %s routes)%n", label,
                t.millis(), cpu, m.group(2), m.group(1));
        return new Run(t.millis(), cpu);
    }

    private record Timed(long millis, String output) {
    }

    private static Timed run(List<String> command, String label) throws IOException, InterruptedException {
        Path out = Files.createTempFile("bothways-bench", ".out");
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int exit = p.waitFor();
            long millis = (System.nanoTime() - start) / 1_000_000;
            String output = Files.readString(out, StandardCharsets.UTF_8).strip();
            if (exit != 0) {
                throw new IllegalStateException(label + " exited with " + exit + ": " + output);
            }
            return new Timed(millis, output);
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static Run median(List<Run> runs) {
        List<Long> wall = new ArrayList<>(runs.stream().map(Run::wall).toList());
        List<Long> cpu = new ArrayList<>(runs.stream().map(Run::cpu).toList());
        Collections.sort(wall);
        Collections.sort(cpu);
        return new Run(wall.get(wall.size() / 2), cpu.get(cpu.size() / 2));
    }
}
