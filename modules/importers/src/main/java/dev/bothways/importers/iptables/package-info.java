/**
 * iptables rulesets: {@code iptables -L -v -n -x} listings and {@code iptables-save -c} dumps,
 * read into {@link dev.bothways.model.netfilter.FirewallRuleset}.
 */
@NullMarked
package dev.bothways.importers.iptables;

import org.jspecify.annotations.NullMarked;
