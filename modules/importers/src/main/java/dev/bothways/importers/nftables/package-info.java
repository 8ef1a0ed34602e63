/**
 * nftables rulesets: {@code nft list ruleset} text and {@code nft -j list ruleset} JSON, read into
 * {@link dev.bothways.model.netfilter.FirewallRuleset}.
 */
@NullMarked
package dev.bothways.importers.nftables;

import org.jspecify.annotations.NullMarked;
