package dev.bothways.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher script as users start it, from an installation laid out like {@code app/target}
 * (the launcher, {@code bothways-app.jar}, {@code lib/}) made of this test's own classes: its
 * start-up caches must never change what a command prints, and must be made, used and dropped
 * as the script says.
 */
class LauncherTest {
    private static final Path ROOT = Path.of(System.getProperty("bothways.root", "..")).toAbsolutePath().normalize();
    private static final Path LAUNCHER = ROOT.resolve("app/src/main/launcher/bothways");
    private static final Path CAPTURE = SampleCases.DEFAULT.resolve("client/capture.pcapng");
    /** Java 25 makes an ahead-of-time cache; Java 21 to 24 a class-data archive. */
    private static final String CACHE = Runtime.version().feature() >= 25 ? ".aot" : ".jsa";

    @TempDir
    static Path installation;
    private static Path cache;

    private record Run(int exit, String out, String err) {
    }

    /** The launcher beside a jar of the app's classes and a lib folder of everything else on this test's class path. */
    @BeforeAll
    static void install() throws IOException {
        Path lib = Files.createDirectories(installation.resolve("install/lib"));
        Files.copy(LAUNCHER, installation.resolve("install/bothways"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path) && path.endsWith(Path.of("app", "target", "classes"))) {
                jar(path, installation.resolve("install/bothways-app.jar"));
            } else if (Files.isDirectory(path) && path.endsWith(Path.of("target", "classes"))) {
                jar(path, lib.resolve(path.getParent().getParent().getFileName() + ".jar"));
            } else if (Files.isRegularFile(path) && entry.endsWith(".jar")) {
                Files.copy(path, lib.resolve(path.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        cache = installation.resolve("cache");
    }

    private static void jar(Path classes, Path jar) throws IOException {
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar, '/')));
                Files.copy(file, out);
                out.closeEntry();
            }
        }
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", installation.resolve("install/bothways").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("XDG_CACHE_HOME", cache.toString());
        builder.environment().remove("BOTHWAYS_JAVA_OPTS");
        Path out = Files.createTempFile(installation, "out", ".txt");
        Path err = Files.createTempFile(installation, "err", ".txt");
        Process process = builder.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the launcher ran for more than 2 minutes: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> cached() throws IOException {
        Path folder = cache.resolve("bothways");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString().replaceFirst("-[0-9]+\\.", "-KEY.")).sorted().toList();
        }
    }

    /** The launcher names methods to keep out of their callers; a rename must not quietly undo that. */
    @Test
    void theMethodsTheLauncherKeepsOutOfLineExist() throws IOException, ClassNotFoundException {
        Matcher rule = Pattern.compile("dontinline,([\\w.$]+)::([\\w*<>]+)").matcher(Files.readString(LAUNCHER));
        List<String> found = new ArrayList<>();
        while (rule.find()) {
            Class<?> type = Class.forName(rule.group(1));
            String method = rule.group(2);
            assertTrue(method.equals("*") || Stream.of(type.getDeclaredMethods()).anyMatch(m -> m.getName().equals(method)),
                    rule.group(1) + " has no method " + method);
            found.add(type.getSimpleName() + "::" + method);
        }
        assertEquals(List.of("AsciiWriter::*", "FlowBuilder::build"), found);
    }

    @Test
    void flowsPrintsTheSameFromTheFirstRunOnAndLeavesItsCache() throws Exception {
        Run first = run("flows", "--json", CAPTURE.toString());
        assertEquals(new Run(0, first.out(), ""), first);
        assertTrue(first.out().startsWith("{") && first.out().contains("\"flows\""), first.out());
        for (int i = 0; i < 3; i++) {
            assertEquals(first, run("flows", "--json", CAPTURE.toString()));
        }
        assertTrue(cached().contains("flows-json-KEY" + CACHE), cached().toString());
        assertTrue(cached().stream().noneMatch(f -> f.startsWith("flows-KEY")), "JSON runs keep to their own cache: " + cached());
    }

    /**
     * A cache recorded on a small capture is recorded again by a capture of 64 MiB or more, four
     * times the recorded one or larger, and not by one of the same size.
     */
    @Test
    void aMuchBiggerCaptureRecordsTheFlowsCacheAgain() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the ahead-of-time cache needs Java 25");
        Run small = run("flows", CAPTURE.toString());
        assertEquals(small, run("flows", CAPTURE.toString()));
        assertEquals(List.of("flows-KEY.aot", "flows-KEY.recorded"), flowsCache());
        assertEquals(Files.size(CAPTURE) + "", recorded());

        Path big = installation.resolve("big.pcap");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(64 << 20); // zeros: not a capture, which is all the launcher needs to see
        }
        Run first = run("flows", big.toString());
        assertEquals(1, first.exit(), first.toString());
        assertEquals(List.of("flows-KEY.aotconf", "flows-KEY.recorded"), flowsCache());
        assertEquals((64 << 20) + "", recorded());
        assertEquals(first, run("flows", big.toString()));
        assertEquals(List.of("flows-KEY.aot", "flows-KEY.recorded"), flowsCache());
        assertEquals(first, run("flows", big.toString()));
        assertEquals(List.of("flows-KEY.aot", "flows-KEY.recorded"), flowsCache());
        assertEquals(small, run("flows", CAPTURE.toString()));
        assertEquals(List.of("flows-KEY.aot", "flows-KEY.recorded"), flowsCache());
    }

    private static List<String> flowsCache() throws IOException {
        return cached().stream().filter(f -> f.startsWith("flows-KEY")).toList();
    }

    private static String recorded() throws IOException {
        try (Stream<Path> files = Files.list(cache.resolve("bothways"))) {
            Path file = files.filter(f -> f.getFileName().toString().matches("flows-[0-9]+\\.recorded")).findFirst().orElseThrow();
            return Files.readString(file).strip();
        }
    }

    @Test
    void aNewBuildDropsTheCacheAndTheNextRunsMakeItAgain() throws Exception {
        Run first = run("inspect", "--json", CAPTURE.toString());
        run("inspect", "--json", CAPTURE.toString());
        assertTrue(cached().contains("inspect-KEY" + CACHE), cached().toString());
        // As after a build: the jars are newer than the cache.
        try (Stream<Path> files = Files.list(cache.resolve("bothways"))) {
            for (Path made : files.filter(f -> f.getFileName().toString().startsWith("inspect-")).toList()) {
                Files.setLastModifiedTime(made, FileTime.from(Instant.parse("2000-01-01T00:00:00Z")));
            }
        }
        assertEquals(first, run("inspect", "--json", CAPTURE.toString()));
        assertEquals(Runtime.version().feature() >= 25 ? List.of("inspect-KEY.aotconf") : List.of("inspect-KEY.jsa"),
                cached().stream().filter(f -> f.startsWith("inspect-")).toList());
        assertEquals(first, run("inspect", "--json", CAPTURE.toString()));
        assertTrue(cached().contains("inspect-KEY" + CACHE), cached().toString());
    }

    @Test
    void aRecordThatCannotBeMadeIntoACacheFallsBackToTheClassDataArchive() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the ahead-of-time cache needs Java 25");
        Run first = run("-V");
        List<String> recorded = cached().stream().filter(f -> f.startsWith("other-")).toList();
        assertEquals(List.of("other-KEY.aotconf"), recorded);
        try (Stream<Path> files = Files.list(cache.resolve("bothways"))) {
            for (Path record : files.filter(f -> f.getFileName().toString().startsWith("other-")).toList()) {
                try (OutputStream out = Files.newOutputStream(record)) {
                    out.write("not a record".getBytes(StandardCharsets.US_ASCII));
                }
            }
        }
        assertEquals(first, run("-V"));
        assertEquals(first, run("-V"));
        assertEquals(List.of("other-KEY.jsa", "other-KEY.noaot"),
                cached().stream().filter(f -> f.startsWith("other-")).toList());
    }
}
