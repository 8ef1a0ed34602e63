package dev.bothways.importers.sysctl;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.PastedCommand;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Evidence;
import dev.bothways.model.Progress;
import dev.bothways.model.SysctlSetting;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Linux {@code sysctl} output: {@code key = value} lines ({@code sysctl -a}, {@code sysctl -a -r rp_filter},
 * {@code sysctl net.ipv4.ip_forward}), {@code /proc/sys/...:value} lines (as {@code grep -r . /proc/sys/...}
 * prints them) and sysctl's own error lines. FreeBSD and macOS {@code name: value} output is
 * recognised so that it is refused with a clear reason instead of misread.
 */
public final class SysctlFormat implements ArtifactFormat<Evidence<SysctlSetting>> {
    static final Pattern LINUX = Pattern.compile("^[a-z][\\w.\\-/]*\\.[\\w.\\-/]+ = .*|^[a-z][\\w.\\-/]*\\.[\\w\\-/]+ =$");
    static final Pattern PROC = Pattern.compile("^/proc/sys/[\\w.\\-/]+:.*");
    static final Pattern BSD = Pattern.compile(
            "^(kern|vm|vfs|net|debug|hw|machdep|user|security|compat|p1003_1b)\\.[\\w.%\\-]+: .*");

    @Override
    public String id() {
        return "sysctl";
    }

    @Override
    public String title() {
        return "sysctl";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        List<String> lines = head.lines().stream().filter(l -> !l.isBlank()).limit(20).toList();
        if (PastedCommand.find(head.commandLine(), SysctlParser.TOOLS).isPresent()) {
            return MatchStrength.FULL;
        }
        if (!lines.isEmpty() && PastedCommand.find(lines.getFirst(), SysctlParser.TOOLS).isPresent()) {
            lines = lines.subList(1, lines.size());
            if (lines.isEmpty() || lines.stream().anyMatch(l -> LINUX.matcher(l).matches()
                    || PROC.matcher(l).matches() || l.startsWith("sysctl: "))) {
                return MatchStrength.FULL;
            }
        }
        if (lines.isEmpty()) {
            return MatchStrength.NO_MATCH;
        }
        long linux = lines.stream().filter(l -> LINUX.matcher(l).matches() || PROC.matcher(l).matches()).count();
        if (linux == lines.size()) {
            return linux >= 2 ? MatchStrength.SOLID : MatchStrength.WEAK;
        }
        long bsd = lines.stream().filter(l -> BSD.matcher(l).matches()).count();
        return bsd * 2 > lines.size() && BSD.matcher(lines.getFirst()).matches() ? MatchStrength.WEAK
                : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<Evidence<SysctlSetting>> parse(ArtifactSource source, Progress progress) {
        return new SysctlParser(source, progress).parse();
    }
}
