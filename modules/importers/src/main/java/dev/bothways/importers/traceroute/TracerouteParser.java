package dev.bothways.importers.traceroute;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.Diagnostic;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.Severity;
import dev.bothways.model.Addresses;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Hop;
import dev.bothways.model.Responder;
import dev.bothways.model.Trace;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads one traceroute output; one instance per artifact. */
final class TracerouteParser {
    private static final Pattern TARGET = Pattern.compile(
            "^traceroute6? to (\\S+)\\s+\\(([^)]+)\\)(?:\\s+from\\s+\\S+)?,.*");
    private static final Pattern HOP_START = Pattern.compile("^\\s*(\\d{1,3})\\s+(.*)$");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private final ArtifactSource source;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<Evidence<Hop>> hops = new ArrayList<>();
    private Optional<InetAddress> target = Optional.empty();
    private Optional<String> targetName = Optional.empty();

    private HopBuilder current;

    TracerouteParser(ArtifactSource source) {
        this.source = source;
    }

    ParseResult<Trace> parse() {
        List<String> lines = source.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = source.lineNumber(i);
            if (line.isBlank()) {
                continue;
            }
            Matcher header = TARGET.matcher(line.strip());
            if (header.matches()) {
                readTarget(header, number, line);
                continue;
            }
            if (line.stripLeading().startsWith("traceroute")) {
                continue; // "traceroute: Warning: ... has multiple addresses"
            }
            Matcher hop = HOP_START.matcher(line);
            if (hop.matches()) {
                finishHop();
                current = new HopBuilder(Integer.parseInt(hop.group(1)), number);
                readProbes(hop.group(2), number, line);
            } else if (current != null && Character.isWhitespace(line.charAt(0))) {
                current.lastLine = number;
                readProbes(line.strip(), number, line);
            } else {
                diagnostics.add(Diagnostic.at(Severity.WARNING, DiagnosticKind.MALFORMED, source.id(), number, line,
                        "not a traceroute hop line; skipped"));
            }
        }
        if (current != null && source.endsMidLine() && lastLineLooksCut(lines.get(lines.size() - 1))) {
            current.cut = true;
        }
        finishHop();
        if (hops.isEmpty() && diagnostics.isEmpty()) {
            diagnostics.add(Diagnostic.at(Severity.WARNING, DiagnosticKind.TRUNCATED, source.id(), 0, "",
                    "no hops: the output holds only its header"));
        }
        Trace trace = new Trace(target, targetName, hops);
        return new ParseResult<>(List.of(trace), hops.size(), diagnostics);
    }

    private void readTarget(Matcher header, int number, String line) {
        targetName = Optional.of(header.group(1));
        target = Addresses.parse(header.group(2));
        if (target.isEmpty()) {
            diagnostics.add(Diagnostic.at(Severity.WARNING, DiagnosticKind.SUSPICIOUS, source.id(), number, line,
                    "the target '" + header.group(2) + "' is not an IP address"));
        }
    }

    /** A hop cut mid-line: fewer probe answers than the hops before it had. */
    private boolean lastLineLooksCut(String last) {
        int expected = hops.isEmpty() ? 3 : hops.get(hops.size() - 1).fact().probes();
        return current.probes < expected && HOP_START.matcher(last).matches();
    }

    private void readProbes(String text, int number, String line) {
        String[] tokens = text.strip().split("\\s+");
        ResponderBuilder responder = current.lastResponder;
        String pendingName = null;
        for (int t = 0; t < tokens.length; t++) {
            String token = tokens[t];
            if (token.isEmpty()) {
                continue;
            }
            if (token.equals("*")) {
                current.probes++;
            } else if (token.startsWith("(") && token.endsWith(")")) {
                String inside = token.substring(1, token.length() - 1);
                Optional<InetAddress> address = Addresses.parse(inside);
                if (address.isPresent()) {
                    responder = current.responder(address.get(), Optional.ofNullable(pendingName)
                            .filter(name -> Addresses.parse(name).isEmpty()));
                } else {
                    diagnostics.add(Diagnostic.at(Severity.NOTE, DiagnosticKind.SUSPICIOUS, source.id(), number, line,
                            "hop " + current.ttl + " answered as '" + inside + "', which is not an IP address"));
                    responder = null;
                }
                pendingName = null;
            } else if (NUMBER.matcher(token).matches() && t + 1 < tokens.length && tokens[t + 1].equals("ms")) {
                current.probes++;
                if (responder != null) {
                    responder.rtts.add(Double.parseDouble(token));
                }
                t++;
            } else if (token.startsWith("!")) {
                if (responder != null) {
                    responder.annotations.add(token);
                }
            } else if (token.startsWith("[") && token.endsWith("]")) {
                if (responder != null) {
                    responder.annotations.add(token);
                }
            } else {
                Optional<InetAddress> address = Addresses.parse(token);
                boolean nameFollowedByAddress = t + 1 < tokens.length && tokens[t + 1].startsWith("(");
                if (address.isPresent() && !nameFollowedByAddress) {
                    responder = current.responder(address.get(), Optional.empty());
                    pendingName = null;
                } else {
                    pendingName = token;
                }
            }
        }
        current.lastResponder = responder;
    }

    private void finishHop() {
        if (current == null) {
            return;
        }
        if (current.cut) {
            diagnostics.add(Diagnostic.at(Severity.WARNING, DiagnosticKind.TRUNCATED, source.id(), current.lastLine, "",
                    "the output ends in the middle of hop " + current.ttl + "; kept what it shows"));
        }
        List<Responder> responders = current.responders.values().stream().map(ResponderBuilder::build).toList();
        if (current.ttl >= 1) {
            hops.add(new Evidence<>(new Hop(current.ttl, responders, current.probes),
                    new ArtifactLines(source.id(), current.firstLine, current.lastLine)));
        }
        current = null;
    }

    private static final class HopBuilder {
        final int ttl;
        final int firstLine;
        int lastLine;
        int probes;
        boolean cut;
        final Map<InetAddress, ResponderBuilder> responders = new LinkedHashMap<>();
        ResponderBuilder lastResponder;

        HopBuilder(int ttl, int line) {
            this.ttl = ttl;
            this.firstLine = line;
            this.lastLine = line;
        }

        ResponderBuilder responder(InetAddress address, Optional<String> name) {
            ResponderBuilder r = responders.computeIfAbsent(address, a -> new ResponderBuilder(a, name));
            if (r.name.isEmpty() && name.isPresent()) {
                r.name = name;
            }
            return r;
        }
    }

    private static final class ResponderBuilder {
        final InetAddress address;
        Optional<String> name;
        final List<Double> rtts = new ArrayList<>();
        final List<String> annotations = new ArrayList<>();

        ResponderBuilder(InetAddress address, Optional<String> name) {
            this.address = address;
            this.name = name;
        }

        Responder build() {
            return new Responder(address, name, rtts, annotations);
        }
    }
}
