package dev.bothways.model.netfilter;

/**
 * Packet and byte counters of a rule or a chain policy.
 *
 * @param exact false when the tool rounded them ({@code iptables -L -v} without {@code -x} prints {@code 1130K})
 */
public record Counters(long packets, long bytes, boolean exact) {
    public Counters {
        if (packets < 0 || bytes < 0) {
            throw new IllegalArgumentException("negative counter: " + packets + "/" + bytes);
        }
    }

    public static Counters exact(long packets, long bytes) {
        return new Counters(packets, bytes, true);
    }

    public boolean matchedAny() {
        return packets > 0;
    }
}
