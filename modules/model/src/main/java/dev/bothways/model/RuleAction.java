package dev.bothways.model;

/** What a policy-routing rule does with a packet it matches. */
public enum RuleAction {
    /** Look the destination up in the rule's table. */
    LOOKUP,
    /** Continue at another rule priority. */
    GOTO,
    /** Do nothing (a placeholder rule). */
    NOP,
    BLACKHOLE, UNREACHABLE, PROHIBIT
}
