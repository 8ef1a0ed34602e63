package dev.bothways.importers;

import java.util.List;

/**
 * What a parser understood and what it has to say about the rest.
 *
 * @param items      the parsed items, each carrying its own provenance
 * @param understood how many units were understood (hops, routes, rules, events, packets)
 */
public record ParseResult<T>(List<T> items, int understood, List<Diagnostic> diagnostics) {
    public ParseResult {
        items = List.copyOf(items);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
