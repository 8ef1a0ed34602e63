package dev.bothways.model;

import inet.ipaddr.IPAddress;
import java.util.Map;
import java.util.Optional;

/**
 * One rule of the Linux routing policy database ({@code ip rule}). An empty selector matches
 * everything ({@code from all}).
 *
 * @param inverted              {@code not}: the rule applies when the selectors do not match
 * @param table                 the table looked up, for {@link RuleAction#LOOKUP}
 * @param gotoPriority          the target, for {@link RuleAction#GOTO}
 * @param suppressPrefixLength  a lookup result with a prefix this short or shorter is ignored
 * @param attributes            selectors this record does not name, by keyword ({@code tos}, {@code l3mdev})
 */
public record PolicyRule(int priority, boolean inverted, Optional<IPAddress> from, Optional<IPAddress> to,
                         Optional<String> inputInterface, Optional<String> outputInterface,
                         Optional<FirewallMark> fwmark, Optional<String> ipProtocol,
                         Optional<PortRange> sourcePorts, Optional<PortRange> destinationPorts,
                         Optional<PortRange> uids, RuleAction action, Optional<String> table,
                         Optional<Integer> gotoPriority, Optional<Integer> suppressPrefixLength,
                         Map<String, String> attributes) {
    public PolicyRule {
        attributes = Map.copyOf(attributes);
    }
}
