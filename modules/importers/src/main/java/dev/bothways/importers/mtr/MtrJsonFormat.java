package dev.bothways.importers.mtr;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bothways.importers.ArtifactFormat;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticCollector;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.JsonElements;
import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.ParseResult;
import dev.bothways.importers.PastedCommand;
import dev.bothways.importers.Severity;
import dev.bothways.importers.Sniff;
import dev.bothways.model.Addresses;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Hop;
import dev.bothways.model.Progress;
import dev.bothways.model.Responder;
import dev.bothways.model.Trace;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code mtr --json}: {@code {"report": {"mtr": {..., "dst": ...}, "hubs": [{"count": 1, "host": ...,
 * "Loss%": ..., "Snt": ...}, ...]}}}, one hop per hub (count as a number, or a string in older
 * versions), {@code ???} for a hop that never answered. Each hop keeps the lines of its hub.
 */
public final class MtrJsonFormat implements ArtifactFormat<Trace> {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(32).maxStringLength(1 << 16).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);
    private static final String[] STATS = {"Last", "Avg", "Best", "Wrst", "StDev"};

    @Override
    public String id() {
        return "mtr-json";
    }

    @Override
    public String title() {
        return "mtr --json";
    }

    @Override
    public MatchStrength detect(Sniff head) {
        String compact = head.head().replaceAll("\\s", "");
        boolean shape = compact.contains("{\"report\":{\"mtr\":{") || compact.contains("\"hubs\":[");
        if (!shape) {
            return MatchStrength.NO_MATCH;
        }
        boolean command = PastedCommand.find(head.commandLine(), MtrReportParser.TOOLS).isPresent()
                || PastedCommand.find(head.firstLine(), MtrReportParser.TOOLS).isPresent();
        return command || compact.startsWith("{\"report\":") ? MatchStrength.FULL : MatchStrength.SOLID;
    }

    @Override
    public ParseResult<Trace> parse(ArtifactSource source, Progress progress) {
        DiagnosticCollector diagnostics = new DiagnosticCollector(source.id());
        String text;
        try {
            text = source.text();
        } catch (UncheckedIOException e) {
            diagnostics.add(Severity.ERROR, DiagnosticKind.TRUNCATED, 0, "", "cannot read: " + e.getMessage());
            return new ParseResult<>(List.of(), 0, diagnostics.toList());
        }
        int skipped = 0;
        int at = 0;
        while (at < text.length()) {
            int nl = text.indexOf('\n', at);
            String line = text.substring(at, nl < 0 ? text.length() : nl).strip();
            if (line.startsWith("{") || line.startsWith("[")) {
                break;
            }
            if (!line.isEmpty() && PastedCommand.find(line, MtrReportParser.TOOLS).isEmpty()) {
                diagnostics.add(Severity.ERROR, DiagnosticKind.MALFORMED, source.firstLine() + skipped, line,
                        "not JSON: mtr --json starts with '{'");
                return new ParseResult<>(List.of(), 0, diagnostics.toList());
            }
            skipped++;
            at = nl < 0 ? text.length() : nl + 1;
        }
        int offset = source.firstLine() + skipped - 1;
        List<Evidence<Hop>> hops = new ArrayList<>();
        Optional<String> dst = Optional.empty();
        try (JsonParser parser = FACTORY.createParser(text.substring(at))) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.FIELD_NAME) {
                    continue;
                }
                String field = parser.currentName();
                if (field.equals("mtr") && parser.nextToken() == JsonToken.START_OBJECT) {
                    JsonNode mtr = MAPPER.readTree(parser);
                    dst = Optional.ofNullable(JsonElements.text(mtr, "dst"));
                } else if (field.equals("hubs") && parser.nextToken() == JsonToken.START_ARRAY) {
                    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                        if (t == null) {
                            throw new JsonEOFException(parser, null, "the hubs array is not closed");
                        }
                        int first = offset + parser.currentTokenLocation().getLineNr();
                        JsonNode hub = MAPPER.readTree(parser);
                        int last = Math.max(first, offset + parser.currentLocation().getLineNr());
                        hop(hub, first, diagnostics).ifPresent(h ->
                                hops.add(new Evidence<>(h, new ArtifactLines(source.id(), first, last))));
                    }
                }
            }
        } catch (JsonEOFException e) {
            int line = offset + e.getLocation().getLineNr();
            diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, line, "",
                    "the JSON ends early (cut or half-pasted) at line " + line + "; kept the complete hops before it");
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : offset + e.getLocation().getLineNr();
            if (e.getOriginalMessage().contains("end-of-input")) {
                diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, line, "", "the JSON ends early"
                        + " (cut or half-pasted) at line " + line + "; kept the complete hops before it");
            } else {
                diagnostics.add(Severity.ERROR, DiagnosticKind.MALFORMED, line, "",
                        "broken JSON at line " + line + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
            }
        } catch (IOException e) {
            diagnostics.add(Severity.ERROR, DiagnosticKind.TRUNCATED, 0, "", "cannot read: " + e.getMessage());
        }
        Optional<InetAddress> target = dst.flatMap(Addresses::parse);
        return new ParseResult<>(List.of(new Trace(target, dst, hops)), hops.size(), diagnostics.toList());
    }

    private static Optional<Hop> hop(JsonNode hub, int line, DiagnosticCollector diagnostics) {
        JsonNode count = hub.get("count");
        int ttl = count == null ? -1 : count.isNumber() ? count.asInt() : parse(count.asText());
        String host = JsonElements.text(hub, "host");
        if (ttl < 1 || host == null) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, line, "",
                    "a hub without a \"count\" of 1 or more or without \"host\"; skipped");
            return Optional.empty();
        }
        JsonNode sent = hub.get("Snt");
        JsonNode loss = hub.get("Loss%");
        List<Responder> responders = new ArrayList<>();
        if (!host.equals("???")) {
            List<String> stats = new ArrayList<>();
            String asn = JsonElements.text(hub, "ASN");
            if (asn != null) {
                stats.add(asn);
            }
            for (String stat : STATS) {
                JsonNode value = hub.get(stat);
                if (value != null && value.isNumber()) {
                    stats.add(stat + " " + value.asText() + " ms");
                }
            }
            Optional<InetAddress> address = Addresses.parse(host);
            responders.add(new Responder(address, address.isPresent() ? Optional.empty() : Optional.of(host),
                    List.of(), stats, Optional.empty()));
        }
        return Optional.of(new Hop(ttl, responders, sent != null && sent.canConvertToInt() ? Math.max(0, sent.asInt()) : 0,
                loss != null && loss.isNumber() ? Optional.of(loss.asDouble()) : Optional.empty(), Optional.empty()));
    }

    private static int parse(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
