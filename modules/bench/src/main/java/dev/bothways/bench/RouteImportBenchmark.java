package dev.bothways.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates a full Internet table (once per size and seed) as FRR JSON and as {@code ip route}
 * text, then times, on the same files and in one run: {@code jq empty} on the JSON, and the
 * Bothways import of each form in a fresh JVM capped at {@code -Xmx1g}. Prints every run and the
 * ratios of the medians (wall time of the whole process, so JVM start-up counts against us).
 *
 * <pre>java -cp ... dev.bothways.bench.RouteImportBenchmark [--routes 1000000] [--dir /tmp/bothways-bench] [--repeat 3]</pre>
 */
public final class RouteImportBenchmark {
    private static final long SEED = 20261124L;
    private static final Pattern RESULT = Pattern.compile("items=(\\d+) millis=(\\d+) errors=(\\d+)");
    /** The {@code ip route} text importer (branch imp-paths); its format id, for the text measurement. */
    static final String IP_ROUTE_TEXT_FORMAT = "ip-route";
    static final String FRR_JSON_FORMAT = "frr-route-json";

    private RouteImportBenchmark() {
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

        List<Long> jq = new ArrayList<>();
        List<Long> frr = new ArrayList<>();
        List<Long> ip = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            jq.add(time(List.of("jq", "empty", json.toString()), "jq empty", Optional.empty()));
            frr.add(time(bothways(FRR_JSON_FORMAT, json), "bothways " + FRR_JSON_FORMAT, Optional.of(routes)));
            ip.add(time(bothways(IP_ROUTE_TEXT_FORMAT, text), "bothways " + IP_ROUTE_TEXT_FORMAT, Optional.of(routes)));
        }
        long jqMedian = median(jq);
        long frrMedian = median(frr);
        long ipMedian = median(ip);
        System.out.printf(Locale.ROOT, "median wall ms: jq empty %d, bothways frr-route-json %d, bothways ip-route %d%n",
                jqMedian, frrMedian, ipMedian);
        System.out.printf(Locale.ROOT, "jq empty / bothways JSON import = %.2fx (aim: >= 5x)%n",
                (double) jqMedian / frrMedian);
        System.out.printf(Locale.ROOT, "bothways text / bothways JSON = %.2f (aim: <= 1.00)%n",
                (double) ipMedian / frrMedian);
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

    private static List<String> bothways(String format, Path file) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return List.of(java.toString(), "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                ImportOnce.class.getName(), format, file.toString());
    }

    /** Runs one command to the end and returns its wall time; checks what a Bothways run reports. */
    private static long time(List<String> command, String label, Optional<Integer> expectedItems)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("bothways-bench", ".out");
        try {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectErrorStream(false)
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int exit = p.waitFor();
            long millis = (System.nanoTime() - start) / 1_000_000;
            String output = Files.readString(out, StandardCharsets.UTF_8).strip();
            if (exit != 0) {
                throw new IllegalStateException(label + " exited with " + exit + ": " + output);
            }
            String detail = "";
            if (expectedItems.isPresent()) {
                Matcher m = RESULT.matcher(output);
                if (!m.find() || Integer.parseInt(m.group(1)) != expectedItems.get() || !m.group(3).equals("0")) {
                    throw new IllegalStateException(label + " did not import " + expectedItems.get()
                            + " routes without errors: " + output);
                }
                detail = "  (import itself " + m.group(2) + " ms, " + m.group(1) + " routes)";
            }
            System.out.printf(Locale.ROOT, "%-26s %7d ms%s%n", label, millis, detail);
            return millis;
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
