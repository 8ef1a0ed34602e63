package dev.bothways.model;

import java.util.List;

/**
 * One TTL step of a traced path: zero responders when every probe timed out ({@code * * *}),
 * several when load balancing answered from different addresses.
 *
 * @param probes how many probes were sent at this TTL, as far as the output shows
 */
public record Hop(int ttl, List<Responder> responders, int probes) {
    public Hop {
        if (ttl < 1) {
            throw new IllegalArgumentException("ttl starts at 1: " + ttl);
        }
        responders = List.copyOf(responders);
    }

    public boolean silent() {
        return responders.isEmpty();
    }
}
