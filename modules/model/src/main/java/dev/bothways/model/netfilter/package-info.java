/**
 * Netfilter as the importers read it: firewall chains and rules (nftables and iptables alike),
 * with the matches that make a host a state boundary ({@code ct state}, {@code ct status}), their
 * counters, verdicts, log prefixes and NAT statements; and conntrack entries and events with
 * their original and reply tuples.
 */
@NullMarked
package dev.bothways.model.netfilter;

import org.jspecify.annotations.NullMarked;
