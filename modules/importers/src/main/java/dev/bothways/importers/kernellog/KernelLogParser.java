package dev.bothways.importers.kernellog;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticCollector;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.ParseResult;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.kernellog.KernelLog;
import dev.bothways.model.kernellog.KernelLogPacket;
import dev.bothways.model.kernellog.MartianKind;
import dev.bothways.model.kernellog.MartianReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads one kernel log; one instance per artifact. Other kernel messages are passed over quietly. */
final class KernelLogParser {
    static final Pattern MARTIAN = Pattern.compile(
            "^(?:IPv4: )?martian (source|destination) (\\S+) from (\\S+), (?:on )?dev (\\S+)\\s*$");
    private static final Pattern LL_HEADER = Pattern.compile("^ll header: [0-9a-f]{8}: ((?:[0-9a-f]{2} ?)+).*$");

    private final ArtifactSource source;
    private final DiagnosticCollector diagnostics;
    private final List<Evidence<KernelLogPacket>> packets = new ArrayList<>();
    private final List<Evidence<MartianReport>> martians = new ArrayList<>();
    private @Nullable MartianReport pendingMartian;
    private int pendingLine;

    KernelLogParser(ArtifactSource source) {
        this.source = source;
        this.diagnostics = new DiagnosticCollector(source.id());
    }

    ParseResult<KernelLog> parse() {
        List<String> lines = source.lines();
        boolean cut = source.endsMidLine();
        int logLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = source.lineNumber(i);
            if (line.isBlank() || line.startsWith("$ ") || line.startsWith("# ")) {
                continue;
            }
            if (diagnostics.skipOverlong(number, line, "a log line")) {
                continue;
            }
            LogLinePrefix front = LogLinePrefix.read(line.stripTrailing());
            if (!front.kernel()) {
                continue;
            }
            String message = front.message().strip();
            Matcher ll = LL_HEADER.matcher(message);
            if (ll.matches() && pendingMartian != null) {
                MartianReport m = pendingMartian;
                addMartian(new MartianReport(m.stamp(), m.kind(), m.destination(), m.source(), m.device(),
                        Optional.of(ll.group(1).strip())), pendingLine, number);
                pendingMartian = null;
                continue;
            }
            flushMartian();
            Matcher martian = MARTIAN.matcher(message);
            if (martian.matches()) {
                pendingMartian = new MartianReport(front.stamp(), martian.group(1).equals("source")
                        ? MartianKind.SOURCE : MartianKind.DESTINATION, martian.group(2), martian.group(3),
                        martian.group(4), Optional.empty());
                pendingLine = number;
                continue;
            }
            Optional<PacketFields> fields = PacketFields.read(front.stamp(), message);
            if (fields.isPresent()) {
                packets.add(new Evidence<>(fields.get().packet(), ArtifactLines.line(source.id(), number)));
                reportUnknown(fields.get(), line, number, cut && i == lines.size() - 1);
            } else if (PacketFields.START.matcher(message).find()) {
                diagnostics.warn(cut && i == lines.size() - 1 ? DiagnosticKind.TRUNCATED : DiagnosticKind.MALFORMED,
                        number, line, "netfilter log line without SRC= and DST=; skipped");
            } else if (front.recognised()) {
                logLines++;
            } else {
                diagnostics.note(DiagnosticKind.UNSUPPORTED, number, line, "not a kernel log line; skipped");
            }
        }
        flushMartian();
        int understood = packets.size() + martians.size();
        return new ParseResult<>(List.of(new KernelLog(packets, martians)), understood,
                diagnostics.finishAllowingEmpty(understood + logLines, "kernel log lines"));
    }

    private void reportUnknown(PacketFields fields, String line, int number, boolean lastOfCut) {
        if (fields.unknownWords().isEmpty()) {
            return;
        }
        if (lastOfCut) {
            diagnostics.warn(DiagnosticKind.TRUNCATED, number, line, "the last line is cut after "
                    + fields.unknownWords().getLast() + "; what it holds is kept");
        } else {
            diagnostics.warn(DiagnosticKind.SUSPICIOUS, number, line, "unknown word(s) " + fields.unknownWords()
                    + " in a netfilter log line (cut or edited in the paste?); the rest is kept");
        }
    }

    private void flushMartian() {
        if (pendingMartian != null) {
            addMartian(pendingMartian, pendingLine, pendingLine);
            pendingMartian = null;
        }
    }

    private void addMartian(MartianReport report, int first, int last) {
        martians.add(new Evidence<>(report, new ArtifactLines(source.id(), first, last)));
    }
}
