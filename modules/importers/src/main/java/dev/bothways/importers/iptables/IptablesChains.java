package dev.bothways.importers.iptables;

import dev.bothways.model.netfilter.Counters;
import dev.bothways.model.netfilter.FirewallChain;
import dev.bothways.model.netfilter.Hook;
import dev.bothways.model.netfilter.NetfilterFamily;
import dev.bothways.model.netfilter.VerdictKind;
import java.util.Optional;
import java.util.OptionalInt;

/** Built-in chains of the iptables tables: their hook and the nft-equivalent priority. */
final class IptablesChains {
    private IptablesChains() {
    }

    static FirewallChain chain(String table, String name, Optional<VerdictKind> policy, Optional<Counters> counters) {
        Optional<Hook> hook = policy.isPresent() ? Hook.ofLabel(name) : Optional.empty();
        if (hook.isEmpty()) {
            return new FirewallChain(NetfilterFamily.IP, table, name, Optional.empty(), Optional.empty(),
                    OptionalInt.empty(), Optional.empty(), Optional.empty());
        }
        return new FirewallChain(NetfilterFamily.IP, table, name, Optional.of(table.equals("nat") ? "nat" : "filter"),
                hook, priority(table, hook.get()), policy, counters);
    }

    private static OptionalInt priority(String table, Hook hook) {
        return switch (table) {
            case "raw" -> OptionalInt.of(-300);
            case "mangle" -> OptionalInt.of(-150);
            case "nat" -> OptionalInt.of(hook == Hook.PREROUTING || hook == Hook.OUTPUT ? -100 : 100);
            case "filter" -> OptionalInt.of(0);
            case "security" -> OptionalInt.of(50);
            default -> OptionalInt.empty();
        };
    }
}
