package dev.bothways.importers;

import dev.bothways.model.Progress;

/**
 * One artifact format: how to recognise it and how to read it. Neither method throws on bad
 * input: detection answers {@link MatchStrength#NO_MATCH}, parsing returns diagnostics.
 *
 * @param <T> what the format's items are
 */
public interface ArtifactFormat<T> {
    /** Stable id, as {@code inspect --json} prints it: "traceroute", "ip-route-json". */
    String id();

    /** Human name for menus and messages. */
    String title();

    MatchStrength detect(Sniff head);

    ParseResult<T> parse(ArtifactSource source, Progress progress);
}
