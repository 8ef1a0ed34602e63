package dev.bothways.model.netfilter;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * One chain of a table. A base chain has a {@code hook}, a {@code priority} and a {@code policy};
 * a regular chain (only reached by jump or goto) has none of them.
 *
 * @param type            nft chain type ({@code filter}, {@code nat}, {@code route}); empty for iptables
 * @param priority        the numeric priority, named priorities resolved ({@code filter} is 0, {@code srcnat} 100)
 * @param policyCounters  what the policy counted (iptables shows them; nft does not)
 */
public record FirewallChain(NetfilterFamily family, String table, String name, Optional<String> type,
                            Optional<Hook> hook, OptionalInt priority, Optional<VerdictKind> policy,
                            Optional<Counters> policyCounters) {

    public static FirewallChain regular(NetfilterFamily family, String table, String name) {
        return new FirewallChain(family, table, name, Optional.empty(), Optional.empty(), OptionalInt.empty(),
                Optional.empty(), Optional.empty());
    }

    public boolean isBaseChain() {
        return hook.isPresent();
    }

    @Override
    public String toString() {
        return family.label() + " " + table + " " + name;
    }
}
