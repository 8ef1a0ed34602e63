package dev.bothways.bench;

import dev.bothways.importers.ArtifactReader;
import dev.bothways.importers.Diagnostic;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.Severity;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.Progress;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The 50-host case benchmark: generates (once per size and seed) a case folder of a client, a
 * server and 48 routers and firewalls each holding a full table, checks that every file imports
 * without an error, then times, in one run and on the same files: {@code cat} of the whole folder,
 * {@code jq empty} over its JSON files, and Bothways loading and analysing the case in a fresh JVM
 * with a fixed heap. Prints every run, the medians, the ratios, and whether the analysis stayed
 * under 2 s.
 *
 * <pre>java -cp ... dev.bothways.bench.CaseBenchmark [--routes 20000] [--dir /tmp/bothways-bench] [--repeat 5]
 *     [--heap 1g] [--warm true]</pre>
 *
 * With {@code --warm true} each JVM analyses the case a second time and prints that too (the process
 * times then include it).
 */
public final class CaseBenchmark {
    private static final long SEED = 20261124L;
    private static final long GOAL_MILLIS = 2_000;
    private static final Pattern RESULT = Pattern.compile(
            "load=(\\d+) analyze=(\\d+) loadCpu=(\\d+) analyzeCpu=(\\d+) artifacts=(\\d+) errors=(\\d+) forward=(\\d+) return=(\\d+) "
                    + "forwardPath=(\\S*) returnPath=(\\S*) top=(.*?)( warmAnalyze=\\d+ warmAnalyzeCpu=\\d+)?$");

    private CaseBenchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        int routes = 20_000;
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "bothways-bench");
        int repeat = 5;
        String heap = "1g";
        boolean warm = false;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--routes" -> routes = Integer.parseInt(args[i + 1]);
                case "--dir" -> dir = Path.of(args[i + 1]);
                case "--repeat" -> repeat = Integer.parseInt(args[i + 1]);
                case "--heap" -> heap = args[i + 1];
                case "--warm" -> warm = Boolean.parseBoolean(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Path folder = dir.resolve("case50-" + routes);
        generate(folder, routes);
        List<Path> files = files(folder);
        List<Path> json = files.stream().filter(f -> f.toString().endsWith(".json")).toList();
        long bytes = 0;
        for (Path f : files) {
            bytes += Files.size(f);
        }
        System.out.printf(Locale.ROOT, "case: %s, 50 hosts, %d files, %,d bytes; %,d generated routes on each of 48"
                + " routers; %d JSON files%n", folder, files.size(), bytes, routes, json.size());
        checkImports(folder, files);

        List<Timed> cat = new ArrayList<>();
        List<Timed> jq = new ArrayList<>();
        List<Run> bothways = new ArrayList<>();
        for (int r = 0; r < repeat; r++) {
            cat.add(time(command(List.of("cat"), files), "cat (to /dev/null)"));
            jq.add(time(command(List.of("sh", "-c", "grep -hv '^#@' \"$@\" | jq empty", "jq"), json),
                    "jq empty (JSON bodies)"));
            bothways.add(analyze(folder, heap, warm));
        }
        Timed catMedian = Timed.median(cat);
        Timed jqMedian = Timed.median(jq);
        Timed process = Timed.median(bothways.stream().map(Run::process).toList());
        long load = median(bothways.stream().map(Run::load).toList());
        long analyze = median(bothways.stream().map(Run::analyze).toList());
        long both = median(bothways.stream().map(b -> b.load() + b.analyze()).toList());
        long loadCpu = median(bothways.stream().map(Run::loadCpu).toList());
        long analyzeCpu = median(bothways.stream().map(Run::analyzeCpu).toList());
        System.out.printf(Locale.ROOT, "median of %d, wall ms (cpu ms): cat %s, jq empty %s, bothways process %s%n",
                repeat, catMedian, jqMedian, process);
        System.out.printf(Locale.ROOT, "bothways inside, wall ms (main-thread cpu ms): load %d (%d), analyze %d (%d),"
                + " load+analyze %d%n", load, loadCpu, analyze, analyzeCpu, both);
        System.out.printf(Locale.ROOT, "ratios, wall (cpu): bothways process / cat = %s, / jq empty = %s%n",
                ratio(process, catMedian), ratio(process, jqMedian));
        System.out.printf(Locale.ROOT, "analyze %d ms wall, %d ms cpu: %s the 2 s goal; load+analyze %d ms: %s 2 s%n",
                analyze, analyzeCpu, analyze < GOAL_MILLIS ? "within" : "OVER", both, both < GOAL_MILLIS ? "within" : "over");
    }

    /** Wall and CPU (user + system, every thread) time of one whole process. */
    private record Timed(long wall, long cpu) {
        static Timed median(List<Timed> runs) {
            return new Timed(CaseBenchmark.median(runs.stream().map(Timed::wall).toList()),
                    CaseBenchmark.median(runs.stream().map(Timed::cpu).toList()));
        }

        @Override
        public String toString() {
            return wall + " (" + cpu + ")";
        }
    }

    /** One Bothways run: the whole process, and the times it measured inside for load and analyze. */
    private record Run(Timed process, long load, long analyze, long loadCpu, long analyzeCpu) {
    }

    private static String ratio(Timed a, Timed b) {
        return String.format(Locale.ROOT, "%.1fx (%.1fx)", (double) a.wall() / Math.max(1, b.wall()),
                (double) a.cpu() / Math.max(1, b.cpu()));
    }

    private static void generate(Path folder, int routes) throws IOException {
        Path marker = folder.resolve(".generated");
        String stamp = "routes=" + routes + " seed=" + SEED + " version=2";
        if (Files.exists(marker) && Files.readString(marker).strip().equals(stamp)) {
            return;
        }
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        long start = System.nanoTime();
        CaseFolderWriter.write(folder, routes, SEED);
        Files.writeString(marker, stamp + "\n");
        System.out.printf(Locale.ROOT, "generated in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    private static List<Path> files(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /** Every artifact through the standard reader, before any timing: no file may give an error. */
    private static void checkImports(Path folder, List<Path> files) {
        ArtifactReader reader = ArtifactReader.standard();
        long start = System.nanoTime();
        long items = 0;
        long warnings = 0;
        int checked = 0;
        List<String> formats = new ArrayList<>();
        java.util.Map<String, Long> millis = new java.util.TreeMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (file.getParent().equals(folder) || name.endsWith(".pcapng") || name.endsWith(".meta")) {
                continue;
            }
            String host = file.getParent().getFileName().toString();
            checked++;
            long began = System.nanoTime();
            ImportedArtifact a = reader.read(new ArtifactId(folder.relativize(file).toString()), file, host,
                    Optional.empty(), Progress.NONE);
            millis.merge(a.artifact().format(), (System.nanoTime() - began) / 1_000_000, Long::sum);
            List<Diagnostic> errors = a.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
            if (!errors.isEmpty() || a.understood() == 0 && Files.isRegularFile(file) && size(file) > 200) {
                throw new IllegalStateException(file + " (" + a.artifact().format() + ") imported with "
                        + errors.size() + " errors and " + a.understood() + " items: " + errors.stream().limit(3).toList());
            }
            warnings += a.diagnostics().size();
            a.diagnostics().stream().limit(2).forEach(d -> System.out.println("  note: " + d));
            items += a.understood();
            String format = name + "=" + a.artifact().format();
            if (!formats.contains(format)) {
                formats.add(format);
            }
        }
        System.out.printf(Locale.ROOT, "import check: %d text artifacts, %,d items, 0 errors, %d other diagnostics,"
                + " %d ms (%s)%n", checked, items, warnings, (System.nanoTime() - start) / 1_000_000, String.join(" ", formats));
        System.out.println("import check ms by format: " + millis);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static List<String> command(List<String> head, List<Path> files) {
        List<String> command = new ArrayList<>(head);
        files.forEach(f -> command.add(f.toString()));
        return command;
    }

    private static Timed time(List<String> command, String label) throws IOException, InterruptedException {
        Timed t = run(command, ProcessBuilder.Redirect.DISCARD, label);
        System.out.printf(Locale.ROOT, "%-26s %7d ms wall %7d ms cpu%n", label, t.wall(), t.cpu());
        return t;
    }

    /** Runs one command under {@code /usr/bin/time} to the end; its wall and CPU time. */
    private static Timed run(List<String> command, ProcessBuilder.Redirect output, String label)
            throws IOException, InterruptedException {
        Path times = Files.createTempFile("bothways-bench", ".time");
        try {
            List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S", "-o", times.toString()));
            timed.addAll(command);
            long start = System.nanoTime();
            Process p = new ProcessBuilder(timed).redirectOutput(output)
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            int exit = p.waitFor();
            long wall = (System.nanoTime() - start) / 1_000_000;
            if (exit != 0) {
                throw new IllegalStateException(label + " exited with " + exit);
            }
            String[] fields = Files.readString(times).strip().split("\\s+");
            long cpu = Math.round((Double.parseDouble(fields[fields.length - 2])
                    + Double.parseDouble(fields[fields.length - 1])) * 1000);
            return new Timed(wall, cpu);
        } finally {
            Files.deleteIfExists(times);
        }
    }

    /** Loads and analyses the case in a fresh JVM; checks both lanes crossed the fabric. */
    private static Run analyze(Path folder, String heap, boolean warm) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xms" + heap, "-Xmx" + heap, "-cp",
                System.getProperty("java.class.path"), AnalyzeOnce.class.getName(), folder.toString()));
        if (warm) {
            command.add("--warm");
        }
        Path out = Files.createTempFile("bothways-bench", ".out");
        try {
            Timed process = run(command, ProcessBuilder.Redirect.to(out.toFile()), "AnalyzeOnce");
            String output = Files.readString(out, StandardCharsets.UTF_8).strip();
            Matcher m = RESULT.matcher(output);
            if (!m.find()) {
                throw new IllegalStateException("AnalyzeOnce printed no result: " + output);
            }
            int forward = Integer.parseInt(m.group(7));
            int back = Integer.parseInt(m.group(8));
            if (!m.group(6).equals("0") || forward < Fabric.LAST + 1 || back < Fabric.LAST + 1) {
                throw new IllegalStateException("the analysis did not walk both lanes through the fabric"
                        + " without import errors: " + output);
            }
            System.out.printf(Locale.ROOT, "%-26s %7d ms wall %7d ms cpu  (inside: load %s ms, analyze %s ms; main"
                    + " thread cpu %s + %s ms; %s artifacts; lanes of %d and %d nodes)%n", "bothways load+analyze",
                    process.wall(), process.cpu(), m.group(1), m.group(2), m.group(3), m.group(4), m.group(5),
                    forward, back);
            System.out.println("    forward: " + m.group(9));
            System.out.println("    return:  " + m.group(10));
            System.out.println("    top finding: " + m.group(11));
            if (m.group(12) != null) {
                System.out.println("    analysed again in the same JVM, ms:" + m.group(12));
            }
            return new Run(process, Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)),
                    Long.parseLong(m.group(4)));
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
