package dev.bothways.model.netfilter;

import java.util.Optional;

/**
 * One line of {@code nft monitor trace}: where in the ruleset a traced packet was
 * ({@code family table chain}) and what happened there.
 *
 * @param traceId  the kernel's trace id; ids are reused, so a new {@code PACKET} line starts a new walk
 * @param ruleText the matching rule as printed, for {@link NftTraceKind#RULE}
 * @param verdict  the verdict given by the rule, the chain end or the policy
 * @param packet   the packet, for {@link NftTraceKind#PACKET}
 */
public record NftTraceEvent(String traceId, NetfilterFamily family, String table, String chain, NftTraceKind kind,
                            Optional<String> ruleText, Optional<Verdict> verdict, Optional<TracedPacket> packet) {
}
