package dev.bothways.capture.match;

import dev.bothways.model.FiveTuple;
import dev.bothways.model.Lane;
import dev.bothways.model.PacketKind;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One packet followed across capture points: its flow (client to server), the lane it travels,
 * its kind and TCP sequence number, and where it was seen, by capture point in input order. A
 * point that captures on several interfaces ({@code tcpdump -i any} on a router) may see the same
 * packet more than once, coming in and going out: those passes are listed in order.
 */
public record PacketTrail(FiveTuple flow, Lane lane, PacketKind kind, long seq, Map<String, List<Sighting>> sightings) {
    public PacketTrail {
        Map<String, List<Sighting>> copy = new LinkedHashMap<>();
        sightings.forEach((point, list) -> copy.put(point, List.copyOf(list)));
        sightings = Collections.unmodifiableMap(copy);
    }

    /** The first pass of the packet at {@code point}, if it was seen there. */
    public Optional<Sighting> at(String point) {
        List<Sighting> passes = sightings.get(point);
        return passes == null || passes.isEmpty() ? Optional.empty() : Optional.of(passes.get(0));
    }

    /** The capture points that saw it. */
    public List<String> seenAt() {
        return List.copyOf(sightings.keySet());
    }
}
