package dev.bothways.model.netfilter;

/** What one {@code nft monitor trace} line reports. */
public enum NftTraceKind {
    /** The packet as it entered a chain ({@code packet: iif ... ip saddr ...}). */
    PACKET,
    /** A rule that matched, with the verdict it gave. */
    RULE,
    /** A verdict reached without a rule (end of a jumped-to chain, return). */
    VERDICT,
    /** The base chain's policy applied. */
    POLICY
}
