package dev.bothways.importers.iptables;

import dev.bothways.model.netfilter.NatKind;
import dev.bothways.model.netfilter.NatStatement;
import dev.bothways.model.netfilter.Verdict;
import dev.bothways.model.netfilter.VerdictKind;
import java.util.Optional;
import java.util.Set;

/**
 * What an iptables target does: a verdict, a jump to a user chain, NAT, logging, or an extension
 * that changes the packet and lets it go on.
 */
record IptablesTarget(Optional<Verdict> verdict, Optional<NatKind> nat, boolean logs) {
    private static final Set<String> EXTENSIONS = Set.of("MARK", "CONNMARK", "TCPMSS", "CT", "NOTRACK", "TOS", "DSCP",
            "TTL", "HL", "NFLOG", "NFQUEUE", "ULOG", "CLASSIFY", "CHECKSUM", "SET", "TRACE", "TEE", "AUDIT", "SECMARK",
            "CONNSECMARK", "IDLETIMER", "LED", "RATEEST", "SYNPROXY", "TPROXY", "NETMAP", "ECN", "CLUSTERIP");

    static IptablesTarget of(String target, boolean goTo) {
        Optional<VerdictKind> kind = switch (target) {
            case "ACCEPT" -> Optional.of(VerdictKind.ACCEPT);
            case "DROP" -> Optional.of(VerdictKind.DROP);
            case "REJECT" -> Optional.of(VerdictKind.REJECT);
            case "RETURN" -> Optional.of(VerdictKind.RETURN);
            case "QUEUE" -> Optional.of(VerdictKind.QUEUE);
            default -> Optional.empty();
        };
        if (kind.isPresent()) {
            return new IptablesTarget(kind.map(Verdict::of), Optional.empty(), false);
        }
        return switch (target) {
            case "" -> new IptablesTarget(Optional.empty(), Optional.empty(), false);
            case "LOG" -> new IptablesTarget(Optional.empty(), Optional.empty(), true);
            case "SNAT" -> nat(NatKind.SNAT);
            case "DNAT" -> nat(NatKind.DNAT);
            case "MASQUERADE" -> nat(NatKind.MASQUERADE);
            case "REDIRECT" -> nat(NatKind.REDIRECT);
            default -> EXTENSIONS.contains(target)
                    ? new IptablesTarget(Optional.empty(), Optional.empty(), false)
                    : new IptablesTarget(Optional.of(Verdict.to(goTo ? VerdictKind.GOTO : VerdictKind.JUMP, target)),
                    Optional.empty(), false);
        };
    }

    private static IptablesTarget nat(NatKind kind) {
        return new IptablesTarget(Optional.empty(), Optional.of(kind), false);
    }

    Optional<NatStatement> natStatement(Optional<String> to) {
        return nat.map(k -> new NatStatement(k, to));
    }
}
