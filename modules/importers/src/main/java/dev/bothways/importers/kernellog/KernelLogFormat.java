package dev.bothways.importers.kernellog;

import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Progress;
import dev.bothways.model.kernellog.KernelLog;
import java.util.regex.Pattern;

/**
 * Kernel logs ({@code dmesg}, {@code dmesg -T}, syslog, {@code journalctl -k} in its short and iso
 * forms) holding netfilter packet log lines or martian reports.
 */
public final class KernelLogFormat implements ArtifactFormat<KernelLog> {
    private static final Pattern PACKET = Pattern.compile(".*\\bIN=\\S*\\s+OUT=\\S*\\s.*\\bSRC=\\S+\\s+DST=\\S+.*");
    private static final Pattern MARTIAN = Pattern.compile(".*\\bmartian (?:source|destination) \\S+ from \\S+.*");
    private static final Pattern COMMAND = Pattern.compile(
            "^(?:sudo\\s+)?(?:dmesg\\b.*|journalctl\\b.*|(?:cat|tail|grep)\\s.*/var/log/(?:kern|syslog|messages).*)");
    private static final Pattern PROMPT = Pattern.compile("^[#$]\\s+(.*)$");

    @Override
    public String id() {
        return "kernel-log";
    }

    @Override
    public String title() {
        return "kernel log (netfilter LOG, martians)";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        boolean signature = head.lines().stream().limit(200)
                .anyMatch(l -> PACKET.matcher(l).matches() || MARTIAN.matcher(l).matches());
        if (signature) {
            return MatchStrength.FULL;
        }
        String command = head.commandLine();
        var prompt = PROMPT.matcher(head.firstLine());
        if (command.isEmpty() && prompt.matches()) {
            command = prompt.group(1).strip();
        }
        return COMMAND.matcher(command).matches() ? MatchStrength.WEAK : MatchStrength.NO_MATCH;
    }

    @Override
    public ParseResult<KernelLog> parse(ArtifactSource source, Progress progress) {
        return new KernelLogParser(source).parse();
    }
}
