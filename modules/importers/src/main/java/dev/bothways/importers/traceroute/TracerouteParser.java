package dev.bothways.importers.traceroute;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.LineOrientedParser;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.PastedCommand;
import dev.bothways.importers.Severity;
import dev.bothways.importers.traceroute.HopResponders.ResponderBuilder;
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
import org.jspecify.annotations.Nullable;

/** Reads one traceroute output; one instance per artifact. */
final class TracerouteParser extends LineOrientedParser {
    static final Set<String> TOOLS = Set.of("traceroute", "traceroute6");
    private static final Pattern TARGET = Pattern.compile(
            "^traceroute6? to (\\S+)\\s+\\(([^)]+)\\)(?:\\s+from\\s+\\S+)?,.*");
    private static final Pattern HOP_START = Pattern.compile("^\\s*(\\d{1,3})\\s+(\\S.*)$");
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");

    private final List<Evidence<Hop>> hops = new ArrayList<>();
    private Optional<InetAddress> target = Optional.empty();
    private Optional<String> targetName = Optional.empty();
    private @Nullable HopBuilder current;
    private boolean sawHeader;

    TracerouteParser(ArtifactSource source, Progress progress) {
        super(source, progress);
    }

    ParseResult<Trace> parse() {
        run();
        Trace trace = new Trace(target, targetName, hops);
        return new ParseResult<>(List.of(trace), hops.size(), diagnosticsFor(hops.size()));
    }

    @Override
    protected String formatName() {
        return "traceroute";
    }

    @Override
    protected void line(String line, int number) {
        if (line.isBlank()) {
            return;
        }
        String stripped = line.strip();
        Matcher header = TARGET.matcher(stripped);
        if (header.matches()) {
            readTarget(header, number, line);
            return;
        }
        if (stripped.startsWith("traceroute")) {
            if (!stripped.contains("Warning:")) {
                diagnostics.add(Severity.WARNING, DiagnosticKind.SUSPICIOUS, number, line,
                        "traceroute reported a problem: " + stripped);
            }
            return;
        }
        if (hops.isEmpty() && current == null && !sawHeader && PastedCommand.find(line, TOOLS).isPresent()) {
            return;
        }
        Matcher hop = HOP_START.matcher(line);
        if (hop.matches()) {
            finishHop();
            current = new HopBuilder(Integer.parseInt(hop.group(1)), number);
            readProbes(current, hop.group(2), number, line);
        } else if (current != null && Character.isWhitespace(line.charAt(0))) {
            current.lastLine = number;
            readProbes(current, stripped, number, line);
        } else {
            diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line,
                    "not a traceroute hop line; skipped");
        }
    }

    @Override
    protected void end(int lastLine, boolean terminated) {
        HopBuilder hop = current;
        if (hop != null && !terminated && hop.lastLine == lastLine && !cancelled()) {
            int expected = hops.isEmpty() ? 3 : hops.get(hops.size() - 1).fact().probes();
            if (hop.dangling || hop.probes < expected) {
                diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, lastLine, "",
                        "the output ends in the middle of hop " + hop.ttl + "; kept what it shows");
            }
        }
        finishHop();
        if (hops.isEmpty() && diagnostics.isEmpty()) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, 0, "",
                    "no hops: the output holds only its header");
        }
    }

    private void readTarget(Matcher header, int number, String line) {
        sawHeader = true;
        targetName = Optional.of(header.group(1));
        target = Addresses.parse(header.group(2));
        if (target.isEmpty()) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.SUSPICIOUS, number, line,
                    "the target '" + header.group(2) + "' is not an IP address");
        }
    }

    private void readProbes(HopBuilder hop, String text, int number, String line) {
        String[] tokens = text.strip().split("\\s+");
        ResponderBuilder responder = hop.lastResponder;
        String pendingName = null;
        List<String> pendingTags = new ArrayList<>();
        hop.dangling = false;
        for (int t = 0; t < tokens.length; t++) {
            String token = tokens[t];
            boolean last = t + 1 == tokens.length;
            if (token.isEmpty()) {
                continue;
            }
            if (token.equals("*")) {
                hop.probes++;
            } else if (token.startsWith("(") && token.endsWith(")") && token.length() > 2) {
                String inside = token.substring(1, token.length() - 1);
                Optional<InetAddress> address = Addresses.parse(inside);
                Optional<String> name = Optional.ofNullable(pendingName).filter(n -> Addresses.parse(n).isEmpty());
                if (address.isPresent()) {
                    responder = hop.responders.responder(address, name);
                } else {
                    diagnostics.add(Severity.NOTE, DiagnosticKind.SUSPICIOUS, number, line,
                            "hop " + hop.ttl + " answered as '" + inside + "', which is not an IP address;"
                                    + " kept as a name");
                    responder = hop.responders.responder(Optional.empty(), Optional.of(name.orElse(inside)));
                }
                responder.annotateAll(pendingTags);
                pendingTags.clear();
                pendingName = null;
            } else if (NUMBER.matcher(token).matches() && !last && tokens[t + 1].equals("ms")) {
                hop.probes++;
                if (responder == null && pendingName != null) {
                    responder = hop.responders.responder(Optional.empty(), Optional.of(pendingName));
                    pendingName = null;
                }
                if (responder != null) {
                    responder.rtt(Double.parseDouble(token));
                }
                t++;
            } else if (token.length() > 3 && token.startsWith("'-") && token.endsWith("'")) {
                // --back: the reply came back over this many hops, printed when it differs from the TTL
                if (responder != null) {
                    responder.returnHops(backHops(token));
                }
            } else if (token.startsWith("!")) {
                if (responder != null) {
                    responder.annotate(token);
                }
            } else if (token.startsWith("[") && token.endsWith("]")) {
                boolean beforeResponder = !last && !NUMBER.matcher(tokens[t + 1]).matches();
                if (beforeResponder || responder == null) {
                    pendingTags.add(token);
                } else {
                    responder.annotate(token);
                }
            } else if (last && NUMBER.matcher(token).matches()) {
                hop.dangling = true; // an RTT whose "ms" is missing: the line was cut
            } else {
                Optional<InetAddress> address = Addresses.parse(token);
                boolean nameFollowedByAddress = !last && tokens[t + 1].startsWith("(");
                if (address.isPresent() && !nameFollowedByAddress) {
                    responder = hop.responders.responder(address, Optional.empty());
                    responder.annotateAll(pendingTags);
                    pendingTags.clear();
                    pendingName = null;
                } else {
                    pendingName = token;
                }
            }
        }
        if (pendingName != null) {
            hop.dangling = true;
        }
        hop.lastResponder = responder;
    }

    private static @Nullable Integer backHops(String token) {
        try {
            return Integer.parseInt(token.substring(2, token.length() - 1));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void finishHop() {
        HopBuilder hop = current;
        if (hop == null) {
            return;
        }
        List<Responder> responders = hop.responders.build();
        if (hop.ttl >= 1) {
            hops.add(new Evidence<>(new Hop(hop.ttl, responders, hop.probes),
                    new ArtifactLines(source.id(), hop.firstLine, hop.lastLine)));
        } else {
            diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, hop.firstLine, "",
                    "hop number 0 is not a TTL; skipped");
        }
        current = null;
    }

    private static final class HopBuilder {
        final int ttl;
        final int firstLine;
        int lastLine;
        int probes;
        boolean dangling;
        final HopResponders responders = new HopResponders();
        @Nullable ResponderBuilder lastResponder;

        HopBuilder(int ttl, int line) {
            this.ttl = ttl;
            this.firstLine = line;
            this.lastLine = line;
        }
    }
}
