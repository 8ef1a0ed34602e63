package dev.bothways.model.netfilter;

import dev.bothways.model.Evidence;
import java.util.List;

/** The entries of {@code conntrack -L} or {@code /proc/net/nf_conntrack}, as listed. */
public record ConntrackTable(List<Evidence<ConntrackEntry>> entries) {
    public ConntrackTable {
        entries = List.copyOf(entries);
    }
}
