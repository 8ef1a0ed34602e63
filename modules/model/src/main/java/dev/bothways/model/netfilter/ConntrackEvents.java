package dev.bothways.model.netfilter;

import dev.bothways.model.Evidence;
import java.util.List;

/** The events of one {@code conntrack -E} run, in the order printed. */
public record ConntrackEvents(List<Evidence<ConntrackEvent>> events) {
    public ConntrackEvents {
        events = List.copyOf(events);
    }
}
