package dev.bothways.model.kernellog;

/** Which check a martian report comes from. */
public enum MartianKind {
    /** {@code martian source}: the reverse-path (rp_filter) or source-address check failed. */
    SOURCE,
    /** {@code martian destination}: a packet to an address that cannot be a destination. */
    DESTINATION
}
