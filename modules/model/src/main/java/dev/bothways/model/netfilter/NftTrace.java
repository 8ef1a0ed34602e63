package dev.bothways.model.netfilter;

import dev.bothways.model.Evidence;
import java.util.List;

/** The lines of one {@code nft monitor trace} run, in the order printed. */
public record NftTrace(List<Evidence<NftTraceEvent>> events) {
    public NftTrace {
        events = List.copyOf(events);
    }
}
