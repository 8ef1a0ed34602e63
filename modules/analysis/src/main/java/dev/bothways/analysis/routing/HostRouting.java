package dev.bothways.analysis.routing;

import dev.bothways.model.Evidence;
import dev.bothways.model.InterfaceAddress;
import dev.bothways.model.PolicyRule;
import dev.bothways.model.Route;
import dev.bothways.model.SysctlSetting;
import java.util.List;
import java.util.Optional;

/**
 * One host's routing state as its artifacts show it: addresses ({@code ip addr}), routes of every
 * table ({@code ip route show table all}), the policy rules ({@code ip rule}; empty when none were
 * collected), kernel settings ({@code sysctl}), and the IPv6 policy rules ({@code ip -6 rule}), which
 * the kernel keeps apart from the IPv4 ones; empty when not collected.
 */
public record HostRouting(String host, List<Evidence<InterfaceAddress>> addresses, List<Evidence<Route>> routes,
                          List<Evidence<PolicyRule>> rules, List<Evidence<SysctlSetting>> sysctls,
                          List<Evidence<PolicyRule>> ipv6Rules) {
    public HostRouting {
        addresses = List.copyOf(addresses);
        routes = List.copyOf(routes);
        rules = List.copyOf(rules);
        sysctls = List.copyOf(sysctls);
        ipv6Rules = List.copyOf(ipv6Rules);
    }

    /** A host whose IPv6 rules were not collected. */
    public HostRouting(String host, List<Evidence<InterfaceAddress>> addresses, List<Evidence<Route>> routes,
                       List<Evidence<PolicyRule>> rules, List<Evidence<SysctlSetting>> sysctls) {
        this(host, addresses, routes, rules, sysctls, List.of());
    }

    /** The setting named {@code key} ({@code net.ipv4.conf.all.rp_filter}); the last one read wins. */
    public Optional<Evidence<SysctlSetting>> sysctl(String key) {
        Optional<Evidence<SysctlSetting>> found = Optional.empty();
        for (Evidence<SysctlSetting> setting : sysctls) {
            if (setting.fact().key().equals(key)) {
                found = Optional.of(setting);
            }
        }
        return found;
    }
}
