package dev.bothways.analysis.routing;

import dev.bothways.model.FiveTuple;
import dev.bothways.model.PolicyRule;
import dev.bothways.model.Protocol;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressNetwork.IPAddressGenerator;
import java.net.InetAddress;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a policy rule's selectors match a packet, as the kernel's {@code fib_rule_match} decides:
 * every selector must match, then {@code not} inverts the answer.
 */
final class RuleSelectors {
    /** Selectors the model keeps as attributes and this evaluator cannot check against a packet. */
    private static final Set<String> UNCHECKED = Set.of("tos", "dsfield", "dscp", "l3mdev", "tun_id", "flowlabel");
    /** The loopback device: a packet the host sends itself matches {@code iif lo}. */
    static final String LOOPBACK = "lo";

    /** The outcome of matching, with the first selector that failed (or could not be checked). */
    record Match(boolean matches, String why) {
    }

    private RuleSelectors() {
    }

    static Match match(PolicyRule rule, RoutedPacket packet) {
        Optional<String> failed = firstFailure(rule, packet);
        boolean selected = failed.isEmpty() != rule.inverted();
        String why = failed.map(f -> rule.inverted() ? f + ", so 'not' selects it" : f)
                .orElse(rule.inverted() ? "its selectors match, so 'not' skips it" : "its selectors match");
        return new Match(selected, why);
    }

    private static Optional<String> firstFailure(PolicyRule rule, RoutedPacket packet) {
        FiveTuple tuple = packet.tuple();
        String iif = packet.inputInterface().orElse(LOOPBACK);
        if (rule.attributes().containsKey("iif-detached") || rule.attributes().containsKey("oif-detached")) {
            return Optional.of("its interface does not exist (detached)");
        }
        if (rule.inputInterface().isPresent() && !rule.inputInterface().get().equals(iif)) {
            return Optional.of("iif " + rule.inputInterface().get() + " is not " + iif);
        }
        if (rule.outputInterface().isPresent()) {
            return Optional.of("oif " + rule.outputInterface().get() + " needs a socket bound to it, and the packet has none");
        }
        if (rule.fwmark().isPresent() && !rule.fwmark().get().matches(packet.mark())) {
            return Optional.of("fwmark " + rule.fwmark().get() + " does not match mark 0x" + Long.toHexString(packet.mark()));
        }
        if (rule.uids().isPresent() && !rule.uids().get().contains(0)) {
            return Optional.of("uidrange " + rule.uids().get() + " does not hold uid 0 (assumed: the packet's uid is unknown)");
        }
        if (rule.from().isPresent() && !holds(rule.from().get(), tuple.source())) {
            return Optional.of("from " + rule.from().get() + " does not hold " + text(tuple.source()));
        }
        if (rule.to().isPresent() && !holds(rule.to().get(), tuple.destination())) {
            return Optional.of("to " + rule.to().get() + " does not hold " + text(tuple.destination()));
        }
        if (rule.ipProtocol().isPresent()) {
            Optional<Integer> wanted = protocolNumber(rule.ipProtocol().get());
            if (wanted.isEmpty() || wanted.get() != tuple.protocol().number()) {
                return Optional.of("ipproto " + rule.ipProtocol().get() + " is not " + tuple.protocol().label());
            }
        }
        if (rule.sourcePorts().isPresent() && !rule.sourcePorts().get().contains(tuple.sourcePort())) {
            return Optional.of("sport " + rule.sourcePorts().get() + " does not hold " + tuple.sourcePort());
        }
        if (rule.destinationPorts().isPresent() && !rule.destinationPorts().get().contains(tuple.destinationPort())) {
            return Optional.of("dport " + rule.destinationPorts().get() + " does not hold " + tuple.destinationPort());
        }
        for (String key : rule.attributes().keySet()) {
            if (UNCHECKED.contains(key)) {
                return Optional.of("selector '" + key + " " + rule.attributes().get(key)
                        + "' cannot be checked against the packet (taken as not matching)");
            }
        }
        return Optional.empty();
    }

    private static boolean holds(IPAddress prefix, InetAddress address) {
        IPAddress a = ip(address);
        return prefix.getIPVersion() == a.getIPVersion() && prefix.toPrefixBlock().contains(a);
    }

    /** The address as the IPAddress library holds it, without a prefix. */
    static IPAddress ip(InetAddress address) {
        return new IPAddressGenerator().from(address);
    }

    /** The protocol number of {@code ipproto} as iproute2 prints it ("tcp", "ipproto-132", "6"). */
    private static Optional<Integer> protocolNumber(String text) {
        String label = text.strip().startsWith("ipproto-") ? text.strip().substring(8) : text.strip();
        if (label.chars().allMatch(Character::isDigit) && !label.isEmpty() && label.length() < 4) {
            return Optional.of(Integer.parseInt(label));
        }
        if (label.equalsIgnoreCase("ipv6-icmp")) {
            return Optional.of(Protocol.ICMPV6.number());
        }
        return Protocol.ofLabel(label).map(Protocol::number);
    }

    static String text(InetAddress address) {
        return dev.bothways.model.Addresses.format(address);
    }
}
