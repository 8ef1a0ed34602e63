package dev.bothways.analysis;

import dev.bothways.analysis.evidence.CaseInventory;
import dev.bothways.analysis.evidence.HostEvidence;
import dev.bothways.capture.packets.CapturedPacket;
import dev.bothways.model.FiveTuple;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Picks the flow to follow when the case does not name one: among the TCP flows the captures
 * saw open (a SYN), the one whose handshake never completed, most retransmitted SYNs first; with
 * every handshake complete, the first flow opened.
 */
public final class FlowChooser {
    private FlowChooser() {
    }

    public static Optional<FiveTuple> choose(CaseInventory inventory, Optional<String> client) {
        Map<FiveTuple, int[]> syns = new LinkedHashMap<>();
        Map<FiveTuple, Boolean> answered = new LinkedHashMap<>();
        List<HostEvidence> hosts = client.flatMap(inventory::host).map(List::of)
                .orElseGet(() -> List.copyOf(inventory.hosts().values()));
        for (HostEvidence host : hosts) {
            for (var capture : host.captures()) {
                for (CapturedPacket s : capture.sightings().sightings()) {
                    if (s.syn()) {
                        syns.computeIfAbsent(s.tuple(), t -> new int[1])[0]++;
                    } else if (s.synAck()) {
                        answered.put(s.tuple().reversed(), true);
                    }
                }
            }
        }
        return syns.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<FiveTuple, int[]> e) -> answered.getOrDefault(e.getKey(), false))
                        .thenComparing(e -> -e.getValue()[0]))
                .map(Map.Entry::getKey).findFirst();
    }
}
