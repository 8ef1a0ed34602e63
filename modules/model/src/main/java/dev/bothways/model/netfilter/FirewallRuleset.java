package dev.bothways.model.netfilter;

import dev.bothways.model.Evidence;
import java.util.List;

/** The chains and rules of one ruleset dump, in the order printed, each with the lines it came from. */
public record FirewallRuleset(RulesetSyntax syntax, List<Evidence<FirewallChain>> chains,
                              List<Evidence<FirewallRule>> rules) {
    public FirewallRuleset {
        chains = List.copyOf(chains);
        rules = List.copyOf(rules);
    }

    public List<Evidence<FirewallRule>> rulesOf(FirewallChain chain) {
        return rules.stream().filter(r -> r.fact().chain().equals(chain)).toList();
    }
}
