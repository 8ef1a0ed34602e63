package dev.bothways.model.netfilter;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * One rule of a chain, with what matters for state boundaries typed out and the rest kept as text.
 *
 * @param position     1-based place of the rule in its chain
 * @param handle       the nft rule handle, when the output shows it
 * @param text         the rule as the tool printed it (nft statement line, iptables-save rule spec,
 *                     or the columns of {@code iptables -L})
 * @param inInterface  {@code iifname}/{@code -i}, as written (may be negated with {@code !})
 * @param outInterface {@code oifname}/{@code -o}
 * @param verdict      empty for a rule that only counts or logs and lets the packet go on
 */
public record FirewallRule(FirewallChain chain, int position, OptionalLong handle, String text,
                           Optional<String> inInterface, Optional<String> outInterface,
                           Optional<CtMatch<CtState>> ctState, Optional<CtMatch<CtStatus>> ctStatus,
                           Optional<Counters> counters, Optional<Verdict> verdict, Optional<String> logPrefix,
                           boolean logs, Optional<NatStatement> nat) {
    public FirewallRule {
        if (position < 1) {
            throw new IllegalArgumentException("rule positions start at 1: " + position);
        }
    }

    /** True when the rule drops packets conntrack calls INVALID: the signature of a state boundary. */
    public boolean dropsInvalid() {
        return ctState.map(m -> m.matches(CtState.INVALID) && !m.matches(CtState.ESTABLISHED)).orElse(false)
                && verdict.map(v -> v.kind() == VerdictKind.DROP || v.kind() == VerdictKind.REJECT).orElse(false);
    }
}
