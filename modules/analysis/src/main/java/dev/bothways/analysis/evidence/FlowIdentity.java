package dev.bothways.analysis.evidence;

import dev.bothways.model.Evidence;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Provenance;
import dev.bothways.model.netfilter.ConntrackEntry;
import dev.bothways.model.netfilter.ConntrackEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The flow of interest and the other 5-tuples it wears past a NAT: a conntrack entry whose reply
 * tuple is not the original reversed shows the translation, and which host made it.
 *
 * @param translations each translated forward tuple, with the host whose conntrack shows it and the lines
 */
public record FlowIdentity(FiveTuple flow, Map<FiveTuple, Translation> translations) {

    /** A translated form of the flow, as one host's conntrack shows it. */
    public record Translation(String host, FiveTuple translated, List<Provenance> evidence) {
    }

    public static FlowIdentity of(FiveTuple flow, CaseInventory inventory) {
        Map<FiveTuple, Translation> found = new LinkedHashMap<>();
        for (HostEvidence host : inventory.hosts().values()) {
            List<Evidence<ConntrackEntry>> entries = new ArrayList<>(host.conntrackEntries());
            for (Evidence<ConntrackEvent> e : host.conntrackEvents()) {
                entries.add(new Evidence<>(e.fact().entry(), e.provenance()));
            }
            for (Evidence<ConntrackEntry> e : entries) {
                ConntrackEntry entry = e.fact();
                Optional<FiveTuple> original = entry.original().fiveTuple(flow.protocol());
                Optional<FiveTuple> reply = entry.reply().fiveTuple(flow.protocol());
                if (original.filter(flow::equals).isEmpty() || reply.isEmpty()
                        || reply.get().equals(flow.reversed())) {
                    continue;
                }
                FiveTuple translated = reply.get().reversed();
                Translation t = found.computeIfAbsent(translated, k -> new Translation(host.host(), k, new ArrayList<>()));
                if (t.evidence().size() < 3) {
                    t.evidence().add(e.provenance());
                }
            }
        }
        return new FlowIdentity(flow, found);
    }

    /** The flow's forward tuples: as the client sent it, and as each NAT passed it on. */
    public List<FiveTuple> forwardTuples() {
        return Stream.concat(Stream.of(flow), translations.keySet().stream()).toList();
    }

    public boolean isForward(FiveTuple tuple) {
        return forwardTuples().contains(tuple);
    }

    public boolean isReply(FiveTuple tuple) {
        return forwardTuples().stream().anyMatch(t -> t.reversed().equals(tuple));
    }
}
