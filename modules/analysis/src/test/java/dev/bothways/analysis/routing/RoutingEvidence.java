package dev.bothways.analysis.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bothways.importers.ArtifactReader;
import dev.bothways.importers.Diagnostic;
import dev.bothways.importers.ImportedArtifact;
import dev.bothways.importers.Severity;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.Evidence;
import dev.bothways.model.InterfaceAddress;
import dev.bothways.model.PolicyRule;
import dev.bothways.model.Progress;
import dev.bothways.model.Route;
import dev.bothways.model.SysctlSetting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds {@link HostRouting} the way the app will: the lab's real files (or pasted snippets) read by
 * the real importers.
 */
final class RoutingEvidence {
    private RoutingEvidence() {
    }

    /** The project root: from {@code bothways.root}, else the first folder up holding samples/ and a pom. */
    static Path root() {
        String configured = System.getProperty("bothways.root");
        Path start = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path p = start.toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("samples/cases")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("cannot find samples/cases above " + start);
    }

    static Path labFile(String caseName, String host, String file) {
        return root().resolve("samples/cases").resolve(caseName).resolve(host).resolve(file);
    }

    static ArtifactId id(String caseName, String host, String file) {
        return new ArtifactId(host + "/" + file);
    }

    /** One lab host from its text artifacts ({@code ip addr}, {@code ip route show table all}, {@code ip rule}, sysctl). */
    static HostRouting lab(String caseName, String host) {
        return new HostRouting(host,
                items(read(caseName, host, "ip-addr.txt"), InterfaceAddress.class),
                items(read(caseName, host, "ip-route.txt"), Route.class),
                items(read(caseName, host, "ip-rule.txt"), PolicyRule.class),
                items(read(caseName, host, "sysctl.txt"), SysctlSetting.class));
    }

    /** The same host from its {@code ip -j} artifacts. */
    static HostRouting labJson(String caseName, String host) {
        return new HostRouting(host,
                items(read(caseName, host, "ip-addr.json"), InterfaceAddress.class),
                items(read(caseName, host, "ip-route.json"), Route.class),
                items(read(caseName, host, "ip-rule.json"), PolicyRule.class),
                items(read(caseName, host, "sysctl.txt"), SysctlSetting.class));
    }

    static ImportedArtifact read(String caseName, String host, String file) {
        return ArtifactReader.standard().read(id(caseName, host, file), labFile(caseName, host, file), host,
                Optional.empty(), Progress.NONE);
    }

    /** Pasted output of one command, read as {@code format}. */
    static ImportedArtifact pasted(String name, String formatId, String text) {
        return ArtifactReader.standard().read(new ArtifactId(name), "host", text, Optional.of(formatId),
                Progress.NONE);
    }

    /** A host from pasted snippets; {@code rules} may be empty (no {@code ip rule} collected). */
    static HostRouting snippets(String addresses, String routes, String rules, String sysctl) {
        return new HostRouting("host",
                addresses.isEmpty() ? List.of() : items(pasted("ip-addr", "ip-addr", addresses), InterfaceAddress.class),
                items(pasted("ip-route", "ip-route", routes), Route.class),
                rules.isEmpty() ? List.of() : items(pasted("ip-rule", "ip-rule", rules), PolicyRule.class),
                sysctl.isEmpty() ? List.of() : items(pasted("sysctl", "sysctl", sysctl), SysctlSetting.class));
    }

    /** The evidence of {@code type} an artifact holds, after checking it was read without an error. */
    @SuppressWarnings("unchecked")
    static <T> List<Evidence<T>> items(ImportedArtifact artifact, Class<T> type) {
        List<Diagnostic> errors = artifact.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        assertEquals(List.of(), errors, artifact.artifact().id() + " read with errors");
        List<Evidence<T>> found = new ArrayList<>();
        for (Evidence<?> e : artifact.items(Evidence.class)) {
            if (type.isInstance(e.fact())) {
                found.add((Evidence<T>) e);
            }
        }
        return found;
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The 1-based file line holding {@code text} (for the provenance a decision should cite). */
    static int lineOf(String caseName, String host, String file, String text) {
        List<String> lines = lines(labFile(caseName, host, file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new IllegalStateException(text + " not in " + file);
    }
}
