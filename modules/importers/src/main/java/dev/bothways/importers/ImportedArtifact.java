package dev.bothways.importers;

import dev.bothways.model.Artifact;
import java.util.List;
import java.util.Optional;

/**
 * One artifact after import: what it is, how sure detection was (all candidates, best first),
 * what was understood, and every diagnostic (the reader's and the parser's).
 */
public record ImportedArtifact(Artifact artifact, List<Detection> candidates,
                               Optional<ParseResult<?>> result, List<Diagnostic> diagnostics) {
    public ImportedArtifact {
        candidates = List.copyOf(candidates);
        diagnostics = List.copyOf(diagnostics);
    }

    public int understood() {
        return result.map(ParseResult::understood).orElse(0);
    }

    /** The items that are {@code Evidence} of a {@code fact} type (routes, rules, addresses…). */
    @SuppressWarnings("unchecked")
    public <T> List<dev.bothways.model.Evidence<T>> evidence(Class<T> fact) {
        return result.map(r -> r.items().stream()
                        .filter(i -> i instanceof dev.bothways.model.Evidence<?> e && fact.isInstance(e.fact()))
                        .map(i -> (dev.bothways.model.Evidence<T>) i).toList())
                .orElse(List.of());
    }

    /** The items when this artifact was read as {@code type}; empty otherwise. */
    public <T> List<T> items(Class<T> type) {
        return result.map(r -> r.items().stream().filter(type::isInstance).map(type::cast).toList())
                .orElse(List.of());
    }
}
