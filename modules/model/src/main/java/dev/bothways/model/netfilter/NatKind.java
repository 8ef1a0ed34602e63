package dev.bothways.model.netfilter;

/** Address translations a rule can apply. */
public enum NatKind {
    SNAT, DNAT, MASQUERADE, REDIRECT
}
