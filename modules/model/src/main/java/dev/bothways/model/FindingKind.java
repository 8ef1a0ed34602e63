package dev.bothways.model;

/** The conclusions Bothways can reach, with the ids the command line prints. */
public enum FindingKind {
    ASYMMETRIC_STATEFUL_DROP("asymmetric-stateful-drop"),
    NAT_RETURN_MISS("nat-return-miss"),
    RP_FILTER_DROP("rp-filter-drop"),
    ECMP_PARTIAL_ASYMMETRY("ecmp-partial-asymmetry"),
    MTU_BLACKHOLE("mtu-blackhole"),
    PLAIN_LOSS("plain-loss"),
    HEALTHY("healthy"),
    INSUFFICIENT_EVIDENCE("insufficient-evidence");

    private final String id;

    FindingKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
