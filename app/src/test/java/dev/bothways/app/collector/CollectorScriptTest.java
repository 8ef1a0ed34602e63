package dev.bothways.app.collector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the collector's own test scripts ({@code app/collector/test/}) from the project's test
 * command: shellcheck on the script, and a run inside a throwaway network namespace with tools
 * missing. Skipped only when this machine cannot run them (not root, no shellcheck, no ip).
 */
class CollectorScriptTest {

    private static final Path ROOT =
            Path.of(System.getProperty("bothways.root", "..")).toAbsolutePath().normalize();
    private static final Path COLLECTOR = ROOT.resolve("app/collector/bothways-collect");
    private static final Path TESTS = ROOT.resolve("app/collector/test");

    private record Result(int exit, String output) {
    }

    @Test
    void collectorIsShellcheckClean() throws Exception {
        assumeTrue(onPath("shellcheck"), "shellcheck is not installed: skipping the collector's shellcheck test");
        Result r = run(TESTS.resolve("shellcheck.sh"), 120);
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("PASS: shellcheck clean"), r.output());
    }

    @Test
    void collectorWritesAValidFolderInANamespaceWithToolsMissing() throws Exception {
        assumeTrue(isRoot(), "not running as root: the collector's namespace test needs root");
        assumeTrue(onPath("ip"), "iproute2 (ip) is not installed: skipping the collector's namespace test");
        Result r = run(TESTS.resolve("netns-missing-tools.sh"), 180);
        assertEquals(0, r.exit(), r.output());
        assertTrue(r.output().contains("PASS: collector writes a valid folder with tools missing"), r.output());
        assertFalse(r.output().contains("FAIL"), r.output());
        for (String tool : List.of("nft", "vtysh", "conntrack", "iptables-save", "tcpdump", "traceroute")) {
            assertTrue(r.output().contains("collect.log names the missing '" + tool + "'"),
                    "no check for the missing " + tool + ":\n" + r.output());
        }
    }

    @Test
    void collectorAndTestsAreShippedExecutable() {
        assertTrue(Files.isRegularFile(COLLECTOR), COLLECTOR + " is missing");
        assertTrue(Files.isExecutable(COLLECTOR), COLLECTOR + " is not executable");
        assertTrue(Files.isExecutable(TESTS.resolve("shellcheck.sh")));
        assertTrue(Files.isExecutable(TESTS.resolve("netns-missing-tools.sh")));
    }

    private static Result run(Path script, long timeoutSeconds) throws IOException, InterruptedException {
        Path out = Files.createTempFile("bothways-collector-test", ".out");
        try {
            Process p = new ProcessBuilder("sh", script.toString())
                    .directory(ROOT.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroy();
                if (!p.waitFor(10, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
                return new Result(-1, script + " timed out after " + timeoutSeconds + " s\n"
                        + Files.readString(out, StandardCharsets.UTF_8));
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
        }
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRoot() throws IOException, InterruptedException {
        if (!onPath("id")) {
            return false;
        }
        Process p = new ProcessBuilder("id", "-u").redirectErrorStream(true).start();
        String uid = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && uid.equals("0");
    }
}
