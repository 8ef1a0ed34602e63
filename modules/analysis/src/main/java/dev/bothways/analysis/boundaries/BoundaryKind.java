package dev.bothways.analysis.boundaries;

/** Why a node keeps per-flow state. */
public enum BoundaryKind {
    /** Filtering rules match on conntrack state: a packet of a flow it never saw begin is INVALID. */
    STATEFUL_FIREWALL("stateful firewall"),
    /** It translates addresses: replies must come back through it. */
    NAT("NAT"),
    /** Strict reverse-path filtering: a packet arriving where the reply would not leave is dropped. */
    STRICT_RP_FILTER("strict rp_filter"),
    /** Marked by the user as a firewall (a device whose rules the case does not hold). */
    FIREWALL("firewall"),
    /** Marked by the user as a load balancer. */
    LOAD_BALANCER("load balancer"),
    /** Marked by the user as an inline IDS/IPS. */
    IDS("IDS/IPS");

    private final String label;

    BoundaryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** What a user may write in {@code case.json} to mark a node: firewall, nat, lb, ids. */
    public static java.util.Optional<BoundaryKind> ofMark(String mark) {
        return switch (mark.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "firewall", "fw" -> java.util.Optional.of(FIREWALL);
            case "nat" -> java.util.Optional.of(NAT);
            case "lb", "load balancer", "load-balancer" -> java.util.Optional.of(LOAD_BALANCER);
            case "ids", "ips", "ids/ips" -> java.util.Optional.of(IDS);
            default -> java.util.Optional.empty();
        };
    }
}
