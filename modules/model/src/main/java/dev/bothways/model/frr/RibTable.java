package dev.bothways.model.frr;

import dev.bothways.model.Evidence;
import java.util.List;

/** The entries of one {@code show ip route} / {@code show ipv6 route} output, in the order printed. */
public record RibTable(List<Evidence<RibEntry>> entries) {
    public RibTable {
        entries = List.copyOf(entries);
    }
}
