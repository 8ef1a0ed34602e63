package dev.bothways.importers.tracepath;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.LineOrientedParser;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.PastedCommand;
import dev.bothways.importers.Severity;
import dev.bothways.importers.traceroute.HopResponders;
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
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.jspecify.annotations.Nullable;

/**
 * Reads one tracepath output. Probe lines of the same hop are merged into one {@link Hop}, in TTL
 * order; a late answer (hop 3 printed after hop 6) is merged too, with a note, and the hop's
 * lines then span from its first line to its last.
 */
final class TracepathParser extends LineOrientedParser {
    static final Set<String> TOOLS = Set.of("tracepath", "tracepath6");

    private final Map<Integer, HopBuilder> hops = new TreeMap<>();
    private Optional<InetAddress> target = Optional.empty();
    private Optional<String> targetName = Optional.empty();
    private int highestTtl;

    TracepathParser(ArtifactSource source, Progress progress) {
        super(source, progress);
        targetName = source.commandLine().flatMap(c -> PastedCommand.find(c, TOOLS)).flatMap(PastedCommand::target);
        target = targetName.flatMap(Addresses::parse);
    }

    ParseResult<Trace> parse() {
        run();
        List<Evidence<Hop>> built = new ArrayList<>();
        for (HopBuilder hop : hops.values()) {
            built.add(hop.build(source));
        }
        return new ParseResult<>(List.of(new Trace(target, targetName, built)), built.size(), diagnosticsFor(built.size()));
    }

    @Override
    protected String formatName() {
        return "tracepath";
    }

    @Override
    protected void line(String line, int number) {
        String s = line.strip();
        if (s.isEmpty()) {
            return;
        }
        Matcher probe = TracepathFormat.PROBE.matcher(line);
        if (!probe.matches()) {
            if (s.startsWith("Resume:") || s.startsWith("Too many hops")) {
                return;
            }
            Optional<String> command = PastedCommand.find(s, TOOLS);
            if (command.isPresent()) {
                targetName = PastedCommand.target(command.get()).or(() -> targetName);
                target = targetName.flatMap(Addresses::parse);
                return;
            }
            diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line, "not a tracepath line; skipped");
            return;
        }
        int ttl = Integer.parseInt(probe.group(1));
        String[] words = probe.group(2).strip().split("\\s+");
        if (words[0].equals("[LOCALHOST]")) {
            return; // the sender's own MTU, before any hop
        }
        if (ttl < 1) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line, "hop 0 is not a TTL; skipped");
            return;
        }
        HopBuilder hop = hops.get(ttl);
        if (hop == null) {
            hop = new HopBuilder(ttl, number);
            hops.put(ttl, hop);
        } else if (ttl < highestTtl && hop.lastLine < number - 1) {
            diagnostics.add(Severity.NOTE, DiagnosticKind.SUSPICIOUS, number, line,
                    "a late answer for hop " + ttl + " after hop " + highestTtl + "; merged into hop " + ttl);
        }
        highestTtl = Math.max(highestTtl, ttl);
        hop.lastLine = Math.max(hop.lastLine, number);
        hop.probes++;
        if (words[0].equals("no") && words.length > 1 && words[1].equals("reply")) {
            return;
        }
        readAnswer(hop, words, number, line);
    }

    private void readAnswer(HopBuilder hop, String[] words, int number, String line) {
        String first = words[0];
        int at = 1;
        Optional<InetAddress> address = Addresses.parse(first);
        Optional<String> name = address.isPresent() ? Optional.empty() : Optional.of(first);
        if (at < words.length && words[at].startsWith("(") && words[at].endsWith(")")) {
            Optional<InetAddress> inside = Addresses.parse(words[at].substring(1, words[at].length() - 1));
            if (inside.isPresent()) {
                address = inside;
            }
            at++;
        }
        ResponderBuilder responder = hop.responders.responder(address, name);
        for (int i = at; i < words.length; i++) {
            String w = words[i];
            if (w.equals("asymm") && i + 1 < words.length) {
                responder.returnHops(integer(words[++i]));
            } else if (w.endsWith("ms") && w.length() > 2) {
                try {
                    responder.rtt(Double.parseDouble(w.substring(0, w.length() - 2)));
                } catch (NumberFormatException e) {
                    diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line,
                            "'" + w + "' is not a round-trip time");
                }
            } else if (w.equals("pmtu") && i + 1 < words.length) {
                Integer mtu = integer(words[++i]);
                if (mtu != null) {
                    hop.pathMtu = mtu;
                }
            } else if (w.equals(Trace.REACHED)) {
                responder.annotate(w);
                if (address.isPresent() && target.isEmpty()) {
                    target = address;
                }
            } else {
                responder.annotate(w);
            }
        }
    }

    private static @Nullable Integer integer(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    protected void end(int lastLine, boolean terminated) {
        if (hops.isEmpty() && diagnostics.isEmpty()) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, 0, "", "no hops in the output");
        }
    }

    private static final class HopBuilder {
        final int ttl;
        final int firstLine;
        int lastLine;
        int probes;
        @Nullable Integer pathMtu;
        final HopResponders responders = new HopResponders();

        HopBuilder(int ttl, int line) {
            this.ttl = ttl;
            this.firstLine = line;
            this.lastLine = line;
        }

        Evidence<Hop> build(ArtifactSource source) {
            List<Responder> built = responders.build();
            return new Evidence<>(new Hop(ttl, built, probes, Optional.empty(), Optional.ofNullable(pathMtu)),
                    new ArtifactLines(source.id(), firstLine, lastLine));
        }
    }
}
