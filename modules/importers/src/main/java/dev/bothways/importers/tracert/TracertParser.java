package dev.bothways.importers.tracert;

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
import java.util.regex.Pattern;

/** Reads one tracert output; one instance per artifact. */
final class TracertParser extends LineOrientedParser {
    static final Set<String> TOOLS = Set.of("tracert", "tracert.exe");
    private static final Pattern REPORTS = Pattern.compile("^\\s*(\\d{1,3})\\s+(\\S+)\\s+reports: (.*)$");
    private static final Pattern NAMED = Pattern.compile("^(\\S+) \\[([^]]+)]$");

    private final List<Evidence<Hop>> hops = new ArrayList<>();
    private Optional<InetAddress> target = Optional.empty();
    private Optional<String> targetName = Optional.empty();

    TracertParser(ArtifactSource source, Progress progress) {
        super(source, progress);
    }

    ParseResult<Trace> parse() {
        run();
        return new ParseResult<>(List.of(new Trace(target, targetName, hops)), hops.size(), diagnosticsFor(hops.size()));
    }

    @Override
    protected String formatName() {
        return "tracert";
    }

    @Override
    protected void line(String line, int number) {
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("over a maximum of") || s.equals("Trace complete.")) {
            return;
        }
        Matcher header = TracertFormat.HEADER.matcher(s);
        if (header.matches()) {
            targetName = Optional.of(header.group(1));
            target = Addresses.parse(header.group(2) != null ? header.group(2) : header.group(1));
            return;
        }
        Matcher reports = REPORTS.matcher(line);
        if (reports.matches()) {
            int ttl = Integer.parseInt(reports.group(1));
            Optional<InetAddress> address = Addresses.parse(reports.group(2));
            if (ttl >= 1 && address.isPresent()) {
                add(ttl, List.of(new Responder(address, Optional.empty(), List.of(),
                        List.of("reports: " + reports.group(3)), Optional.empty())), 1, number);
                return;
            }
        }
        Matcher hop = TracertFormat.HOP.matcher(line);
        if (hop.matches()) {
            readHop(hop, number, line);
            return;
        }
        if (PastedCommand.find(s, TOOLS).isPresent()) {
            return;
        }
        diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line, "not a tracert line; skipped");
    }

    private void readHop(Matcher hop, int number, String line) {
        int ttl = Integer.parseInt(hop.group(1));
        List<Double> rtts = new ArrayList<>();
        int probes = 0;
        String[] words = hop.group(2).strip().split("\\s+");
        for (String w : words) {
            if (w.equals("*")) {
                probes++;
            } else if (!w.equals("ms")) {
                probes++;
                rtts.add(w.startsWith("<") ? Double.parseDouble(w.substring(1)) : Double.parseDouble(w));
            }
        }
        String host = hop.group(3).strip();
        List<Responder> responders = new ArrayList<>();
        if (host.isEmpty()) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, number, line,
                    "hop " + ttl + " has no responder column; the line looks cut");
        } else if (!host.equals("Request timed out.") && host.indexOf(' ') < 0) {
            Optional<InetAddress> address = Addresses.parse(host);
            responders.add(new Responder(address, address.isPresent() ? Optional.empty() : Optional.of(host), rtts,
                    List.of(), Optional.empty()));
        } else {
            Matcher named = NAMED.matcher(host);
            if (named.matches()) {
                Optional<InetAddress> address = Addresses.parse(named.group(2));
                responders.add(new Responder(address, Optional.of(named.group(1)), rtts, List.of(), Optional.empty()));
            } else if (!host.equals("Request timed out.")) {
                diagnostics.add(Severity.NOTE, DiagnosticKind.UNSUPPORTED, number, line,
                        "hop " + ttl + ": '" + host + "' (kept as a silent hop)");
            }
        }
        if (ttl >= 1) {
            add(ttl, responders, probes, number);
        }
    }

    private void add(int ttl, List<Responder> responders, int probes, int number) {
        hops.add(new Evidence<>(new Hop(ttl, responders, probes), ArtifactLines.line(source.id(), number)));
    }

    @Override
    protected void end(int lastLine, boolean terminated) {
        if (hops.isEmpty() && diagnostics.isEmpty()) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, 0, "", "no hops in the output");
        }
    }
}
