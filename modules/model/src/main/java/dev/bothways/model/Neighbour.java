package dev.bothways.model;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * One entry of the neighbour (ARP / NDP) table ({@code ip neigh}).
 *
 * @param states the entry's states ("REACHABLE", "STALE", "FAILED", "INCOMPLETE", "PERMANENT")
 * @param router true when the neighbour announced itself as a router (IPv6)
 */
public record Neighbour(InetAddress address, String device, Optional<String> linkAddress,
                        List<String> states, boolean router) {
    public Neighbour {
        states = List.copyOf(states);
    }
}
