package dev.bothways.analysis.routing;

/** What routing does with a packet. */
public enum RouteOutcome {
    /** Sent out of an interface (forwarded, or sent by the host itself). */
    FORWARD,
    /** Delivered to the host itself. */
    LOCAL,
    /** Dropped silently (a blackhole route or rule). */
    BLACKHOLE,
    /** Dropped with an ICMP unreachable. */
    UNREACHABLE,
    /** Dropped with an ICMP administratively prohibited. */
    PROHIBIT,
    /** A throw route ended the lookup of every table; the kernel answers "network unreachable". */
    THROW,
    /** No rule led to a route. */
    NO_ROUTE;

    /** True when the packet dies here. */
    public boolean drops() {
        return this != FORWARD && this != LOCAL;
    }
}
