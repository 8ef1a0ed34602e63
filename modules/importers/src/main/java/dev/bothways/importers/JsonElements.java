package dev.bothways.importers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bothways.model.Progress;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.Set;

/**
 * Reads a JSON artifact ({@code ip -j ...}, {@code mtr --json}) one top-level element at a time,
 * with the file lines each element spans, so items keep line-accurate provenance and a cut or
 * broken document still yields every element before the damage plus one diagnostic. Lines before
 * the JSON that are a pasted command ({@code mtr --json ...}) are skipped.
 */
public final class JsonElements {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(64).maxStringLength(1 << 20).maxNumberLength(64).build())
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    /** Receives each element and the file lines it spans. */
    @FunctionalInterface
    public interface Visitor {
        void element(JsonNode element, int firstLine, int lastLine);
    }

    private JsonElements() {
    }

    /**
     * Reads {@code source}: each element of a top-level array, or a top-level object whole.
     *
     * @param tools names of tools whose pasted command lines may precede the JSON
     */
    public static void read(ArtifactSource source, DiagnosticCollector diagnostics, Progress progress,
                            String formatName, Set<String> tools, Visitor visitor) {
        int skipped = 0;
        int firstLine = source.firstLine();
        try (BufferedReader reader = source.reader()) {
            reader.mark(1 << 16);
            StringBuilder skippedText = new StringBuilder();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String s = line.strip();
                if (s.startsWith("[") || s.startsWith("{")) {
                    break;
                }
                if (!s.isEmpty() && PastedCommand.find(s, tools).isEmpty()) {
                    diagnostics.add(Severity.ERROR, DiagnosticKind.MALFORMED, firstLine + skipped, line,
                            "not JSON: " + formatName + " JSON starts with '[' or '{'");
                    return;
                }
                skipped++;
                skippedText.append(line).append('\n');
                if (skippedText.length() > (1 << 15)) {
                    break;
                }
            }
            reader.reset();
            for (int i = 0; i < skipped; i++) {
                reader.readLine();
            }
            readJson(reader, firstLine + skipped, diagnostics, progress, source.size(), formatName, visitor);
        } catch (IOException e) {
            diagnostics.add(Severity.ERROR, DiagnosticKind.TRUNCATED, 0, "", "cannot read: " + e.getMessage());
        }
    }

    /** Reads JSON text (for tests and small inputs) starting at file line {@code firstLine}. */
    public static void read(String text, int firstLine, DiagnosticCollector diagnostics, String formatName,
                            Visitor visitor) {
        readJson(new StringReader(text), firstLine, diagnostics, Progress.NONE, text.length(), formatName, visitor);
    }

    private static void readJson(java.io.Reader reader, int firstLine, DiagnosticCollector diagnostics,
                                 Progress progress, long total, String formatName, Visitor visitor) {
        int offset = firstLine - 1;
        int line = firstLine;
        try (JsonParser parser = FACTORY.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, 0, "", "empty: no JSON at all");
                return;
            }
            if (first == JsonToken.START_OBJECT) {
                JsonNode node = MAPPER.readTree(parser);
                visitor.element(node, offset + 1, offset + parser.currentLocation().getLineNr());
                return;
            }
            if (first != JsonToken.START_ARRAY) {
                diagnostics.add(Severity.ERROR, DiagnosticKind.MALFORMED, firstLine, "",
                        formatName + " JSON is an array or an object");
                return;
            }
            int count = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token == null) {
                    throw new JsonEOFException(parser, null, "the array is not closed");
                }
                line = offset + parser.currentTokenLocation().getLineNr();
                JsonNode node = MAPPER.readTree(parser);
                int last = offset + parser.currentLocation().getLineNr();
                visitor.element(node, line, Math.max(line, last));
                if (++count % 1024 == 0) {
                    progress.worked(parser.currentLocation().getCharOffset(), total);
                    if (progress.cancelled()) {
                        diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, line, "",
                                "import cancelled; kept what was read before line " + line);
                        return;
                    }
                }
            }
        } catch (JsonEOFException e) {
            int at = offset + e.getLocation().getLineNr();
            diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, at, "",
                    "the JSON ends early (cut or half-pasted) at line " + at + "; kept the complete entries before it");
        } catch (JsonProcessingException e) {
            if (e.getOriginalMessage().contains("end-of-input") && e.getLocation() != null) {
                int cut = offset + e.getLocation().getLineNr();
                diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, cut, "",
                        "the JSON ends early (cut or half-pasted) at line " + cut + "; kept the complete "
                                + "entries before it");
                return;
            }
            int at = e.getLocation() == null ? line : offset + e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            diagnostics.add(Severity.ERROR, DiagnosticKind.MALFORMED, at, "",
                    "broken JSON at line " + at + (column > 0 ? ", column " + column : "") + ": "
                            + e.getOriginalMessage().lines().findFirst().orElse("") + "; kept the entries before it");
        } catch (IOException e) {
            diagnostics.add(Severity.ERROR, DiagnosticKind.TRUNCATED, line, "", "cannot read: " + e.getMessage());
        }
    }

    /** The text of {@code field}, or null when it is absent or null. */
    public static @org.jspecify.annotations.Nullable String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
    }
}
