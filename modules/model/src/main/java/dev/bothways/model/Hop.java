package dev.bothways.model;

import java.util.List;
import java.util.Optional;

/**
 * One TTL step of a traced path: zero responders when every probe timed out ({@code * * *}),
 * several when load balancing answered from different addresses.
 *
 * @param probes      how many probes were sent at this TTL, as far as the output shows
 * @param lossPercent the share of probes lost, when the tool printed it ({@code mtr})
 * @param pathMtu     the path MTU the tool learned at this hop ({@code tracepath}'s {@code pmtu})
 */
public record Hop(int ttl, List<Responder> responders, int probes, Optional<Double> lossPercent,
                  Optional<Integer> pathMtu) {
    public Hop {
        if (ttl < 1) {
            throw new IllegalArgumentException("ttl starts at 1: " + ttl);
        }
        if (probes < 0) {
            throw new IllegalArgumentException("probes is never negative: " + probes);
        }
        responders = List.copyOf(responders);
    }

    /** A hop as traceroute prints it: no loss figure, no MTU. */
    public Hop(int ttl, List<Responder> responders, int probes) {
        this(ttl, responders, probes, Optional.empty(), Optional.empty());
    }

    public boolean silent() {
        return responders.isEmpty();
    }
}
