package dev.bothways.importers.frr;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticCollector;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.ParseResult;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Progress;
import dev.bothways.model.frr.RibEntry;
import dev.bothways.model.frr.RibNextHop;
import dev.bothways.model.frr.RibPrefix;
import dev.bothways.model.frr.RibProtocol;
import dev.bothways.model.frr.RibTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads one {@code show ip route} / {@code show ipv6 route} text, line by line; one instance per artifact. */
final class FrrRouteTextParser {
    static final Pattern ROUTE = Pattern.compile(
            "^([A-Za-z])([>\\s])([*qrbto\\s])\\s*([0-9A-Fa-f.:]+/\\d{1,3})\\s*(?:\\[(\\d+)/(\\d+)]\\s*)?(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile(
            "^\\s+([*qrbto])?\\s*(via\\s.*|is directly connected.*|unreachable.*|blackhole.*)$");
    private static final Pattern VRF_HEADER = Pattern.compile("^(?:IPv[46] unicast )?VRF (\\S+):\\s*$");
    private static final Pattern VRF_OPTION = Pattern.compile("\\bshow\\s+ipv?6?\\s+route\\s+vrf\\s+([\\w.-]+)");
    private static final Pattern PROMPT = Pattern.compile("^[\\w.@:~()/-]+[>#$]\\s*(?:show\\s.*)?$");

    private static final int PROGRESS_EVERY = 16_384;

    private final ArtifactSource source;
    private final Progress progress;
    private final DiagnosticCollector diagnostics;
    private final List<Evidence<RibEntry>> entries = new ArrayList<>();
    private Optional<String> vrf;
    private boolean inLegend;
    private @Nullable EntryBuilder current;

    FrrRouteTextParser(ArtifactSource source, Progress progress) {
        this.source = source;
        this.progress = progress;
        // "show ip route vrf red" prints no VRF header; the command line names it
        this.vrf = source.commandLine().map(VRF_OPTION::matcher).filter(Matcher::find).map(m -> m.group(1))
                .filter(v -> !v.equals("all"));
        this.diagnostics = new DiagnosticCollector(source.id());
    }

    ParseResult<RibTable> parse() {
        int number = source.firstLine() - 1;
        String last = "";
        try (BufferedReader reader = source.reader()) {
            String line;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number % PROGRESS_EVERY == 0) {
                    progress.worked(number, -1);
                    if (progress.cancelled()) {
                        diagnostics.note(DiagnosticKind.TRUNCATED, number, "", "import cancelled at this line");
                        break;
                    }
                }
                last = line;
                if (diagnostics.skipOverlong(number, line, "vtysh output")) {
                    continue;
                }
                read(line, number);
            }
        } catch (IOException e) {
            diagnostics.error(DiagnosticKind.REFUSED, number, "", "cannot read: " + e.getMessage());
        }
        finishEntry();
        return new ParseResult<>(List.of(new RibTable(entries)), entries.size(),
                diagnostics.finish(entries.size(), "show ip route output"));
    }

    private void read(String line, int number) {
        if (line.isBlank()) {
            inLegend = false;
            return;
        }
        if (line.startsWith("Codes:")) {
            inLegend = true;
            return;
        }
        if (inLegend && Character.isWhitespace(line.charAt(0)) && line.contains(" - ")) {
            return;
        }
        inLegend = false;
        Matcher route = ROUTE.matcher(line);
        if (route.matches()) {
            finishEntry();
            startEntry(route, line, number);
            return;
        }
        Matcher more = CONTINUATION.matcher(line);
        if (more.matches() && current != null) {
            Optional<NextHopText> hop = NextHopText.read(more.group(2), "*".equals(more.group(1)));
            if (hop.isPresent()) {
                current.nextHops.add(hop.get().nextHop());
                current.last = number;
            } else {
                diagnostics.warn(DiagnosticKind.MALFORMED, number, line, "next hop not understood; skipped");
            }
            return;
        }
        Matcher header = VRF_HEADER.matcher(line.strip());
        if (header.matches()) {
            finishEntry();
            vrf = Optional.of(header.group(1));
            return;
        }
        if (PROMPT.matcher(line.strip()).matches()) {
            return;
        }
        diagnostics.warn(DiagnosticKind.MALFORMED, number, line, "not a route or next-hop line; skipped");
    }

    private void startEntry(Matcher route, String line, int number) {
        Optional<RibPrefix> prefix = RibPrefix.parse(route.group(4));
        if (prefix.isEmpty()) {
            diagnostics.warn(DiagnosticKind.MALFORMED, number, line, "bad prefix '" + route.group(4) + "'; skipped");
            return;
        }
        Optional<RibProtocol> protocol = RibProtocol.ofCode(route.group(1).charAt(0), !prefix.get().isIpv4());
        if (protocol.isEmpty()) {
            diagnostics.warn(DiagnosticKind.SUSPICIOUS, number, line, "unknown route code '" + route.group(1) + "'");
        }
        EntryBuilder e = new EntryBuilder(prefix.get(), protocol.orElse(RibProtocol.OTHER), number);
        e.selected = route.group(2).equals(">");
        e.distance = number(route.group(5));
        e.metric = number(route.group(6));
        Optional<NextHopText> hop = NextHopText.read(route.group(7), route.group(3).equals("*"));
        if (hop.isEmpty()) {
            diagnostics.warn(DiagnosticKind.MALFORMED, number, line, "next hop not understood");
        } else {
            e.nextHops.add(hop.get().nextHop());
            e.uptime = hop.get().uptime();
        }
        current = e;
    }

    private void finishEntry() {
        if (current == null) {
            return;
        }
        EntryBuilder e = current;
        boolean installed = e.nextHops.stream().anyMatch(RibNextHop::fib);
        RibEntry entry = new RibEntry(vrf, e.prefix, e.protocol, e.distance, e.metric, e.selected, installed,
                e.uptime, OptionalInt.empty(), e.nextHops, List.of());
        entries.add(new Evidence<>(entry, new ArtifactLines(source.id(), e.first, e.last)));
        current = null;
    }

    private static OptionalInt number(String digits) {
        if (digits == null) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Integer.parseInt(digits));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    private static final class EntryBuilder {
        final RibPrefix prefix;
        final RibProtocol protocol;
        final int first;
        int last;
        boolean selected;
        OptionalInt distance = OptionalInt.empty();
        OptionalInt metric = OptionalInt.empty();
        Optional<String> uptime = Optional.empty();
        final List<RibNextHop> nextHops = new ArrayList<>();

        EntryBuilder(RibPrefix prefix, RibProtocol protocol, int first) {
            this.prefix = prefix;
            this.protocol = protocol;
            this.first = first;
            this.last = first;
        }
    }
}
