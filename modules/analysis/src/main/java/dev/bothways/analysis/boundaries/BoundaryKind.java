package dev.bothways.analysis.boundaries;

/** Why a node keeps per-flow state. */
public enum BoundaryKind {
    /** Filtering rules match on conntrack state: a packet of a flow it never saw begin is INVALID. */
    STATEFUL_FIREWALL("stateful firewall"),
    /** It translates addresses: replies must come back through it. */
    NAT("NAT"),
    /** Strict reverse-path filtering: a packet arriving where the reply would not leave is dropped. */
    STRICT_RP_FILTER("strict rp_filter");

    private final String label;

    BoundaryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
