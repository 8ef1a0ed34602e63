package dev.bothways.model.netfilter;

import java.time.Instant;
import java.util.Optional;

/** One line of {@code conntrack -E}: what happened to an entry, and when if {@code -o timestamp} was given. */
public record ConntrackEvent(ConntrackEventType type, Optional<Instant> time, ConntrackEntry entry) {
}
