package dev.bothways.importers.mtr;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.LineOrientedParser;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.PastedCommand;
import dev.bothways.importers.Severity;
import dev.bothways.model.Addresses;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Hop;
import dev.bothways.model.Progress;
import dev.bothways.model.Responder;
import dev.bothways.model.Trace;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/** Reads one mtr report; one instance per artifact. */
final class MtrReportParser extends LineOrientedParser {
    static final Set<String> TOOLS = Set.of("mtr");
    private static final String[] COLUMNS = {"Last", "Avg", "Best", "Wrst", "StDev"};

    private final List<Evidence<Hop>> hops = new ArrayList<>();
    private Optional<String> targetName = Optional.empty();
    private @Nullable Pending pending;

    MtrReportParser(ArtifactSource source, Progress progress) {
        super(source, progress);
        targetName = source.commandLine().flatMap(c -> PastedCommand.find(c, TOOLS)).flatMap(PastedCommand::target);
    }

    ParseResult<Trace> parse() {
        run();
        Optional<InetAddress> target = targetName.flatMap(Addresses::parse);
        return new ParseResult<>(List.of(new Trace(target, targetName, hops)), hops.size(), diagnosticsFor(hops.size()));
    }

    @Override
    protected String formatName() {
        return "mtr";
    }

    @Override
    protected void line(String line, int number) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("Start:") || MtrReportFormat.HEADER.matcher(s).matches()) {
            return;
        }
        Matcher hop = MtrReportFormat.HOP.matcher(line);
        if (hop.matches()) {
            flush();
            readHop(hop, number);
            return;
        }
        Pending current = pending;
        if (current != null && Character.isWhitespace(line.charAt(0)) && s.indexOf(' ') < 0) {
            current.responders.add(responder(s, null, List.of()));
            current.lastLine = number;
            return;
        }
        if (s.equals("…") || s.equals("...")) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, number, line,
                    "the rest of the report was left out of the paste ('" + s + "'); kept the hops above");
            return;
        }
        Optional<String> command = PastedCommand.find(s, TOOLS);
        if (command.isPresent()) {
            targetName = PastedCommand.target(command.get()).or(() -> targetName);
            return;
        }
        diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line, "not an mtr report line; skipped");
    }

    private void readHop(Matcher hop, int number) {
        int ttl = Integer.parseInt(hop.group(1));
        String host = hop.group(3);
        double loss = Double.parseDouble(hop.group(5));
        int sent = Integer.parseInt(hop.group(6));
        List<String> stats = new ArrayList<>();
        if (hop.group(2) != null) {
            stats.add(hop.group(2));
        }
        String[] values = hop.group(7).strip().isEmpty() ? new String[0] : hop.group(7).strip().split("\\s+");
        for (int i = 0; i < values.length && i < COLUMNS.length; i++) {
            stats.add(COLUMNS[i] + " " + values[i] + " ms");
        }
        Pending p = new Pending(ttl, number, sent, loss);
        if (!host.equals("???")) {
            p.responders.add(responder(host, hop.group(4), stats));
        }
        pending = p;
    }

    private static Responder responder(String host, @Nullable String inParentheses, List<String> stats) {
        Optional<InetAddress> address = Optional.ofNullable(inParentheses).flatMap(Addresses::parse)
                .or(() -> Addresses.parse(host));
        Optional<String> name = Addresses.parse(host).isPresent() ? Optional.empty() : Optional.of(host);
        return new Responder(address, name, List.of(), stats, Optional.empty());
    }

    private void flush() {
        Pending p = pending;
        if (p == null) {
            return;
        }
        pending = null;
        if (p.ttl < 1) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, p.firstLine, "", "hop 0 is not a TTL; skipped");
            return;
        }
        hops.add(new Evidence<>(new Hop(p.ttl, p.responders, p.sent, Optional.of(p.loss), Optional.empty()),
                new ArtifactLines(source.id(), p.firstLine, p.lastLine)));
    }

    @Override
    protected void end(int lastLine, boolean terminated) {
        flush();
        if (hops.isEmpty() && diagnostics.isEmpty()) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, 0, "", "no hops in the report");
        }
    }

    private static final class Pending {
        final int ttl;
        final int firstLine;
        int lastLine;
        final int sent;
        final double loss;
        final List<Responder> responders = new ArrayList<>();

        Pending(int ttl, int line, int sent, double loss) {
            this.ttl = ttl;
            this.firstLine = line;
            this.lastLine = line;
            this.sent = sent;
            this.loss = loss;
        }
    }
}
