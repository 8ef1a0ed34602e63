package dev.bothways.importers.frr;

import dev.bothways.model.Addresses;
import dev.bothways.model.frr.NextHopKind;
import dev.bothways.model.frr.RibNextHop;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One next hop as {@code show ip route} prints it, after the prefix and {@code [distance/metric]}:
 * comma-separated parts such as {@code via 192.0.2.1 (recursive)}, {@code eth0 (vrf red)},
 * {@code label 16050/16010}, {@code weight 1}, {@code res via 2.2.2.0/24 (13)} and the uptime.
 *
 * @param uptime the route's uptime when this line printed one
 */
record NextHopText(RibNextHop nextHop, Optional<String> uptime) {
    private static final Pattern VIA = Pattern.compile("^via\\s+(\\S+)((?:\\s+\\((?:recursive|vrf \\S+)\\)|\\s+inactive|\\s+onlink|\\s+linkdown)*)$");
    private static final Pattern INTERFACE = Pattern.compile(
            "^([^\\s(),]+)((?:\\s+\\(vrf [^)]+\\)|\\s+inactive|\\s+onlink|\\s+linkdown)*)$");
    private static final Pattern VRF = Pattern.compile("\\(vrf ([^)]+)\\)");
    private static final Pattern UPTIME = Pattern.compile(
            "^(?:\\d\\d:\\d\\d:\\d\\d|XX:XX:XX|\\d+d\\d\\dh\\d\\dm|\\d+w\\dd\\d\\dh|\\d+y\\d+w\\d+d)$");

    /** The next hop written in {@code text}, or empty when its first part is not one. */
    static Optional<NextHopText> read(String text, boolean fib) {
        List<String> parts = new ArrayList<>(Arrays.asList(text.strip().split(",\\s*")));
        String first = parts.removeFirst().strip();
        NextHopKind kind;
        Optional<InetAddress> gateway = Optional.empty();
        boolean recursive = false;
        boolean active = true;
        Optional<String> vrf = Optional.empty();
        Matcher via = VIA.matcher(first);
        if (via.matches()) {
            gateway = Addresses.parse(via.group(1));
            if (gateway.isEmpty()) {
                return Optional.empty();
            }
            kind = NextHopKind.GATEWAY;
            String flags = via.group(2);
            recursive = flags.contains("(recursive)");
            active = !flags.contains("inactive");
            vrf = vrf(flags);
        } else if (first.equals("is directly connected")) {
            kind = NextHopKind.DIRECTLY_CONNECTED;
        } else if (first.startsWith("unreachable") || first.startsWith("blackhole")) {
            kind = first.contains("prohibited") ? NextHopKind.PROHIBITED
                    : first.contains("ICMP unreachable") || first.contains("reject") ? NextHopKind.UNREACHABLE
                    : NextHopKind.BLACKHOLE;
        } else {
            return Optional.empty();
        }
        Optional<String> iface = Optional.empty();
        OptionalInt weight = OptionalInt.empty();
        List<String> labels = List.of();
        Optional<String> resolvedVia = Optional.empty();
        Optional<String> uptime = Optional.empty();
        for (String raw : parts) {
            String part = raw.strip();
            if (part.startsWith("weight ")) {
                weight = number(part.substring(7));
            } else if (part.startsWith("label ")) {
                labels = List.of(part.substring(6).strip().split("/"));
            } else if (part.startsWith("res via ")) {
                resolvedVia = Optional.of(part.substring(8).replaceAll("\\s*\\(\\d+\\)$", ""));
            } else if (UPTIME.matcher(part).matches()) {
                uptime = Optional.of(part);
            } else if (part.equals("inactive")) {
                active = false;
            } else if (iface.isEmpty() && INTERFACE.matcher(part).matches()) {
                Matcher m = INTERFACE.matcher(part);
                m.matches();
                iface = Optional.of(m.group(1));
                active = active && !m.group(2).contains("inactive");
                vrf = vrf.or(() -> vrf(m.group(2)));
            }
        }
        RibNextHop hop = new RibNextHop(kind, gateway, iface, vrf, fib, active, recursive, false, weight, labels,
                resolvedVia);
        return Optional.of(new NextHopText(hop, uptime));
    }

    private static Optional<String> vrf(String flags) {
        Matcher m = VRF.matcher(flags);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static OptionalInt number(String digits) {
        try {
            return OptionalInt.of(Integer.parseInt(digits.strip()));
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }
}
