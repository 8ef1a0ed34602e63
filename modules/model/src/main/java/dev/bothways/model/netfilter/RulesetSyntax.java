package dev.bothways.model.netfilter;

/** Which tool printed a ruleset. */
public enum RulesetSyntax {
    NFT_TEXT, NFT_JSON, IPTABLES_LIST, IPTABLES_SAVE
}
