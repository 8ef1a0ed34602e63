package dev.bothways.importers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.bothways.model.Addresses;
import inet.ipaddr.IPAddress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Golden files: {@code <name>.txt} next to {@code <name>.expected.json} in the test resources.
 * The parsed items and diagnostics are written as JSON (records by their components, map keys sorted) and compared
 * whole; run with {@code -Dgolden.update=true} to rewrite the expected files, then review the diff.
 */
public final class Golden {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Golden() {
    }

    /** The source folder of test resources, so updates land in the tree, not in target/. */
    private static Path resources() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("src/test/resources");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            Path module = dir.resolve("modules/importers/src/test/resources");
            if (Files.isDirectory(module)) {
                return module;
            }
        }
        throw new IllegalStateException("no src/test/resources above " + Path.of("").toAbsolutePath());
    }

    public static Path input(String name) {
        return resources().resolve(name + ".txt");
    }

    public static void check(String name, ImportedArtifact artifact) {
        ObjectNode actual = NODES.objectNode();
        actual.put("format", artifact.artifact().format());
        actual.set("items", tree(artifact.result().map(ParseResult::items).orElse(java.util.List.of())));
        ArrayNode diagnostics = actual.putArray("diagnostics");
        for (Diagnostic d : artifact.diagnostics()) {
            diagnostics.add(d.line() + ": " + d.severity().label() + ": " + d.message());
        }
        Path expected = resources().resolve(name + ".expected.json");
        try {
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(expected, JSON.writeValueAsString(actual) + "\n");
                return;
            }
            JsonNode want = JSON.readTree(expected.toFile());
            assertEquals(JSON.writeValueAsString(want), JSON.writeValueAsString(actual), "golden file " + expected);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(Object value) {
        if (value instanceof Optional<?> o) {
            return o.map(Golden::tree).orElse(NODES.nullNode());
        }
        if (value instanceof InetAddress a) {
            return NODES.textNode(Addresses.format(a));
        }
        if (value instanceof IPAddress a) {
            return NODES.textNode(a.toCanonicalString());
        }
        if (value instanceof CharSequence || value instanceof Enum<?>) {
            return NODES.textNode(value.toString());
        }
        if (value instanceof Integer i) {
            return NODES.numberNode(i);
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof Double d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof java.util.OptionalInt o) {
            return o.isPresent() ? NODES.numberNode(o.getAsInt()) : NODES.nullNode();
        }
        if (value instanceof java.util.OptionalLong o) {
            return o.isPresent() ? NODES.numberNode(o.getAsLong()) : NODES.nullNode();
        }
        if (value instanceof java.util.Set<?> s && !(s instanceof java.util.SequencedCollection<?>)) {
            ArrayNode array = NODES.arrayNode(); // an unordered set iterates differently from run to run
            s.stream().map(Golden::tree).sorted(java.util.Comparator.comparing(JsonNode::toString)).forEach(array::add);
            return array;
        }
        if (value instanceof Collection<?> c) {
            ArrayNode array = NODES.arrayNode();
            c.forEach(v -> array.add(tree(v)));
            return array;
        }
        if (value instanceof Map<?, ?> m) {
            ObjectNode object = NODES.objectNode();
            new java.util.TreeMap<String, Object>(m.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                    e -> String.valueOf(e.getKey()), e -> (Object) e.getValue())))
                    .forEach((k, v) -> object.set(k, tree(v)));
            return object;
        }
        if (value instanceof dev.bothways.model.Provenance p) {
            return NODES.textNode(p.toString());
        }
        if (value instanceof Record r) {
            ObjectNode object = NODES.objectNode();
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                try {
                    object.set(component.getName(), tree(component.getAccessor().invoke(r)));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(e);
                }
            }
            return object;
        }
        return NODES.textNode(value.toString());
    }
}
