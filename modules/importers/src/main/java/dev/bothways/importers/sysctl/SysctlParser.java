package dev.bothways.importers.sysctl;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.LineOrientedParser;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.PastedCommand;
import dev.bothways.importers.Severity;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Progress;
import dev.bothways.model.SysctlSetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one sysctl output; one instance per artifact. */
final class SysctlParser extends LineOrientedParser {
    static final Set<String> TOOLS = Set.of("sysctl");
    private static final Pattern CANNOT_STAT = Pattern.compile("^sysctl: cannot stat /proc/sys/(\\S+): (.*)$");

    private final List<Evidence<SysctlSetting>> settings = new ArrayList<>();
    private boolean bsd;

    SysctlParser(ArtifactSource source, Progress progress) {
        super(source, progress);
    }

    ParseResult<Evidence<SysctlSetting>> parse() {
        run();
        return new ParseResult<>(settings, settings.size(), diagnosticsFor(settings.size()));
    }

    @Override
    protected String formatName() {
        return "sysctl";
    }

    @Override
    protected void line(String line, int number) {
        if (bsd || line.isBlank()) {
            return;
        }
        String s = line.strip();
        int eq = s.indexOf(" = ");
        if (eq > 0 && SysctlFormat.LINUX.matcher(s).matches()) {
            add(s.substring(0, eq), s.substring(eq + 3), number);
            return;
        }
        if (s.endsWith(" =") && SysctlFormat.LINUX.matcher(s).matches()) {
            add(s.substring(0, s.length() - 2), "", number);
            return;
        }
        if (SysctlFormat.PROC.matcher(s).matches()) {
            int colon = s.indexOf(':');
            add(dotted(s.substring("/proc/sys/".length(), colon)), s.substring(colon + 1), number);
            return;
        }
        Matcher missing = CANNOT_STAT.matcher(s);
        if (missing.matches()) {
            diagnostics.add(Severity.NOTE, DiagnosticKind.UNSUPPORTED, number, line,
                    "this kernel has no " + dotted(missing.group(1)) + " (" + missing.group(2) + ")");
            return;
        }
        if (s.startsWith("sysctl: ")) {
            diagnostics.add(Severity.NOTE, DiagnosticKind.SUSPICIOUS, number, line,
                    "sysctl said: " + s.substring("sysctl: ".length()));
            return;
        }
        if (settings.isEmpty() && SysctlFormat.BSD.matcher(s).matches()) {
            bsd = true;
            diagnostics.add(Severity.ERROR, DiagnosticKind.UNSUPPORTED, number, line,
                    "BSD/macOS sysctl output ('name: value'); Bothways reads Linux settings (rp_filter,"
                            + " ip_forward, policy routing), which these systems do not have; not read");
            return;
        }
        if (s.startsWith("#") || PastedCommand.find(s, TOOLS).isPresent()) {
            return;
        }
        diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line,
                "not a 'key = value' sysctl line; skipped");
    }

    /** {@code net/ipv4/conf/eth0.100/rp_filter} as sysctl names it: {@code net.ipv4.conf.eth0/100.rp_filter}. */
    static String dotted(String path) {
        String[] parts = path.split("/");
        StringBuilder b = new StringBuilder(path.length());
        for (String part : parts) {
            if (!part.isEmpty()) {
                b.append(b.isEmpty() ? "" : ".").append(part.replace('.', '/'));
            }
        }
        return b.toString();
    }

    private void add(String key, String value, int number) {
        settings.add(new Evidence<>(new SysctlSetting(key.strip(), value.strip()), ArtifactLines.line(source.id(), number)));
    }

    @Override
    protected void end(int lastLine, boolean terminated) {
        if (settings.isEmpty() && diagnostics.isEmpty()) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, 0, "", "no settings in the output");
        }
    }
}
