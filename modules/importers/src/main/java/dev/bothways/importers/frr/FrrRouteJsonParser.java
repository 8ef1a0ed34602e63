package dev.bothways.importers.frr;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.Diagnostic;
import dev.bothways.importers.DiagnosticCollector;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.ParseResult;
import dev.bothways.model.Addresses;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.Progress;
import dev.bothways.model.frr.NextHopKind;
import dev.bothways.model.frr.RibEntry;
import dev.bothways.model.frr.RibNextHop;
import dev.bothways.model.frr.RibPrefix;
import dev.bothways.model.frr.RibProtocol;
import dev.bothways.model.frr.RibTable;
import java.io.IOException;
import java.io.InputStream;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Reads one {@code show ip route json}: an object from prefix to the list of its route objects,
 * or with {@code vrf all}, an object from VRF name to such an object. It pulls one token at a
 * time and never builds a tree, so a full Internet table streams through in bounded memory
 * (beyond the entries themselves), with progress and cancel between routes.
 */
final class FrrRouteJsonParser {
    /**
     * A full table has a million distinct prefix keys: interning them would fill the JVM's string
     * table. Canonicalizing stays on: it keeps the fast byte parser and shares the other names
     * (measured: turning it off costs about 15 % more CPU).
     */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();
    /** Small numbers (distance, metric, table, weight) repeat on every route; share their boxes. */
    private static final OptionalInt[] SMALL = new OptionalInt[256];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = OptionalInt.of(i);
        }
    }

    private static final int PROGRESS_EVERY = 16_384;
    static final String WHAT = "show ip route json output";
    static final String CANCELLED = "import cancelled; the routes read before are kept";

    private final Opener opener;
    private final ArtifactId id;
    private final Progress progress;
    private final DiagnosticCollector diagnostics;
    private final List<Evidence<RibEntry>> entries = new ArrayList<>();
    private final RepeatedValues<Optional<InetAddress>> addresses = new RepeatedValues<>(FrrRouteJsonParser::parseAddress);
    private final RepeatedValues<Optional<String>> names = new RepeatedValues<>(Optional::of);
    private final RepeatedValues<RibProtocol> protocols = new RepeatedValues<>(RibProtocol::ofLabel);
    private final SharedNextHops shared = new SharedNextHops();
    /** Reused for every route's next hops; {@link SharedNextHops#list} returns an immutable copy. */
    private final List<RibNextHop> hopBuffer = new ArrayList<>();
    private final int lineOffset;
    private final long size;

    /** Opens the bytes to read. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    /** What one parser read, before {@link DiagnosticCollector#finish}: for a caller that joins parts. */
    record Part(List<Evidence<RibEntry>> entries, List<Diagnostic> diagnostics) {
    }

    FrrRouteJsonParser(ArtifactSource source, Progress progress) {
        this(source.id(), source::stream, source.firstLine() - 1, source.size(), progress);
    }

    /**
     * @param lineOffset added to the JSON's own line numbers to give the file's
     * @param size       the bytes to read, for progress
     */
    FrrRouteJsonParser(ArtifactId id, Opener opener, int lineOffset, long size, Progress progress) {
        this.opener = opener;
        this.id = id;
        this.progress = progress;
        this.diagnostics = new DiagnosticCollector(id);
        this.lineOffset = lineOffset;
        this.size = size;
    }

    ParseResult<RibTable> parse() {
        read();
        return new ParseResult<>(List.of(new RibTable(entries)), entries.size(),
                diagnostics.finish(entries.size(), WHAT));
    }

    Part readPart() {
        read();
        return new Part(entries, diagnostics.toList());
    }

    private void read() {
        try (InputStream in = opener.open(); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                diagnostics.error(DiagnosticKind.REFUSED, line(p.currentTokenLocation()), "",
                        "expected a JSON object from prefix to routes");
            } else {
                readPrefixes(p, Optional.empty(), true);
            }
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            diagnostics.warn(DiagnosticKind.TRUNCATED, at == null ? 0 : line(at), "", "the JSON stops being valid here ("
                    + e.getOriginalMessage() + "); the routes before it are kept");
        } catch (IOException e) {
            diagnostics.error(DiagnosticKind.REFUSED, 0, "", "cannot read: " + e.getMessage());
        } catch (Cancelled c) {
            diagnostics.note(DiagnosticKind.TRUNCATED, 0, "", CANCELLED);
        }
    }

    /** Inside the top object (or a VRF's object): prefix names, each with an array of routes. */
    private void readPrefixes(JsonParser p, Optional<String> vrf, boolean top) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_ARRAY) {
                while (p.nextToken() == JsonToken.START_OBJECT) {
                    readRoute(p, vrf, key);
                }
            } else if (value == JsonToken.START_OBJECT && top) {
                readPrefixes(p, Optional.of(key), false);
            } else {
                diagnostics.warn(DiagnosticKind.UNSUPPORTED, line(p.currentTokenLocation()), key,
                        "'" + key + "' is not a prefix with a list of routes; skipped");
                p.skipChildren();
            }
        }
        if (t != JsonToken.END_OBJECT) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "expected a field name or '}'");
        }
    }

    private void readRoute(JsonParser p, Optional<String> vrf, String key) throws IOException {
        int first = tokenLine(p);
        String prefixText = key;
        RibProtocol protocol = RibProtocol.OTHER;
        Optional<String> vrfName = vrf;
        boolean selected = false;
        boolean installed = false;
        OptionalInt distance = OptionalInt.empty();
        OptionalInt metric = OptionalInt.empty();
        OptionalInt table = OptionalInt.empty();
        Optional<String> uptime = Optional.empty();
        List<RibNextHop> hops = List.of();
        List<RibNextHop> backups = List.of();
        String field;
        while ((field = p.nextFieldName()) != null) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "prefix" -> p.skipChildren(); // the same as the key it is listed under
                case "protocol" -> protocol = text(p, v, protocols, protocol);
                case "vrfName" -> vrfName = text(p, v, names, vrfName);
                case "selected" -> selected = v == JsonToken.VALUE_TRUE;
                case "installed" -> installed = v == JsonToken.VALUE_TRUE;
                case "distance" -> distance = integer(p, v);
                case "metric" -> metric = integer(p, v);
                case "table" -> table = integer(p, v);
                case "uptime" -> uptime = text(p, v, names, uptime);
                case "nexthops" -> hops = readNextHops(p, v);
                case "backupNexthops" -> backups = readNextHops(p, v);
                default -> p.skipChildren();
            }
        }
        int last = tokenLine(p);
        Optional<RibPrefix> prefix = prefix(prefixText);
        if (prefix.isEmpty()) {
            diagnostics.warn(DiagnosticKind.MALFORMED, first, prefixText, "bad prefix '" + prefixText + "'; skipped");
            return;
        }
        RibEntry entry = new RibEntry(vrfName, prefix.get(), protocol, distance, metric, selected, installed, uptime,
                table, hops, backups);
        entries.add(new Evidence<>(entry, new ArtifactLines(id, first, Math.max(first, last))));
        if (entries.size() % PROGRESS_EVERY == 0) {
            progress.worked(p.currentLocation().getByteOffset(), size);
            if (progress.cancelled()) {
                throw new Cancelled();
            }
        }
    }

    private List<RibNextHop> readNextHops(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        hopBuffer.clear();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            hopBuffer.add(readNextHop(p));
        }
        return shared.list(hopBuffer);
    }

    private RibNextHop readNextHop(JsonParser p) throws IOException {
        Optional<InetAddress> gateway = Optional.empty();
        Optional<String> iface = Optional.empty();
        Optional<String> vrf = Optional.empty();
        boolean fib = false;
        boolean active = false;
        boolean recursive = false;
        boolean duplicate = false;
        boolean connected = false;
        @Nullable NextHopKind unreachable = null;
        OptionalInt weight = OptionalInt.empty();
        List<String> labels = List.of();
        Optional<String> resolvedVia = Optional.empty();
        String field;
        while ((field = p.nextFieldName()) != null) {
            JsonToken v = p.nextToken();
            switch (field) {
                case "ip" -> gateway = text(p, v, addresses, gateway);
                case "interfaceName" -> iface = text(p, v, names, iface);
                case "vrf" -> vrf = text(p, v, names, vrf);
                case "fib" -> fib = v == JsonToken.VALUE_TRUE;
                case "active" -> active = v == JsonToken.VALUE_TRUE;
                case "recursive" -> recursive = v == JsonToken.VALUE_TRUE;
                case "duplicate" -> duplicate = v == JsonToken.VALUE_TRUE;
                case "directlyConnected" -> connected = v == JsonToken.VALUE_TRUE;
                case "unreachable", "blackhole" -> {
                    if (v == JsonToken.VALUE_TRUE && unreachable == null) {
                        unreachable = NextHopKind.BLACKHOLE;
                    }
                }
                case "reject" -> {
                    if (v == JsonToken.VALUE_TRUE) {
                        unreachable = NextHopKind.UNREACHABLE;
                    }
                }
                case "admin-prohibited" -> {
                    if (v == JsonToken.VALUE_TRUE) {
                        unreachable = NextHopKind.PROHIBITED;
                    }
                }
                case "weight" -> weight = integer(p, v);
                case "labels" -> labels = readLabels(p, v);
                case "resolver" -> resolvedVia = v == JsonToken.VALUE_STRING ? Optional.of(p.getText()) : resolvedVia;
                default -> p.skipChildren();
            }
        }
        NextHopKind kind = unreachable != null ? unreachable
                : gateway.isPresent() ? NextHopKind.GATEWAY
                : connected || iface.isPresent() ? NextHopKind.DIRECTLY_CONNECTED : NextHopKind.BLACKHOLE;
        return shared.hop(kind, gateway, iface, vrf, fib, active, recursive, duplicate, weight, labels, resolvedVia);
    }

    private static List<String> readLabels(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.START_ARRAY) {
            p.skipChildren();
            return List.of();
        }
        List<String> labels = new ArrayList<>(2);
        while (p.nextToken() != JsonToken.END_ARRAY) {
            labels.add(p.getText());
            p.skipChildren();
        }
        return labels;
    }

    private static OptionalInt integer(JsonParser p, JsonToken v) throws IOException {
        if (v != JsonToken.VALUE_NUMBER_INT) {
            return OptionalInt.empty();
        }
        int value = p.getIntValue();
        return value >= 0 && value < SMALL.length ? SMALL[value] : OptionalInt.of(value);
    }

    /** A string value converted through a cache of repeated values; {@code otherwise} when it is not a string. */
    private static <V> V text(JsonParser p, JsonToken v, RepeatedValues<V> cache, V otherwise) throws IOException {
        if (v != JsonToken.VALUE_STRING) {
            p.skipChildren();
            return otherwise;
        }
        return cache.get(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    private static Optional<RibPrefix> prefix(String text) {
        int slash = text.indexOf('/');
        if (slash > 0) {
            Optional<InetAddress> v4 = dottedQuad(text, 0, slash);
            if (v4.isPresent()) {
                int length = digits(text, slash + 1, text.length());
                return length >= 0 && length <= 32 ? Optional.of(new RibPrefix(v4.get(), length)) : Optional.empty();
            }
        }
        return RibPrefix.parse(text);
    }

    private static Optional<InetAddress> parseAddress(String text) {
        Optional<InetAddress> v4 = dottedQuad(text, 0, text.length());
        return v4.isPresent() ? v4 : Addresses.parse(text);
    }

    /** A dotted quad between {@code from} and {@code to}, read without regex or DNS; empty when it is not one. */
    private static Optional<InetAddress> dottedQuad(String s, int from, int to) {
        byte[] bytes = new byte[4];
        int part = 0;
        int value = -1;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                value = value < 0 ? c - '0' : value * 10 + (c - '0');
                if (value > 255) {
                    return Optional.empty();
                }
            } else if (c == '.' && value >= 0 && part < 3) {
                bytes[part++] = (byte) value;
                value = -1;
            } else {
                return Optional.empty();
            }
        }
        if (part != 3 || value < 0) {
            return Optional.empty();
        }
        bytes[3] = (byte) value;
        try {
            return Optional.of((Inet4Address) InetAddress.getByAddress(bytes));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static int digits(String s, int from, int to) {
        if (from >= to || to - from > 3) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The current token's line, without building a location object per route when the parser can say it. */
    private int tokenLine(JsonParser p) {
        int line = p instanceof ParserBase base ? base.getTokenLineNr() : p.currentTokenLocation().getLineNr();
        return Math.max(1, line) + lineOffset;
    }

    private int line(JsonLocation location) {
        return Math.max(1, location.getLineNr()) + lineOffset;
    }

    /** Thrown between routes when the user cancelled; caught in {@link #parse()}. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }
}
