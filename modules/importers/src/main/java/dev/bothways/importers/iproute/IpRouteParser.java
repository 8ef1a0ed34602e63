package dev.bothways.importers.iproute;

import dev.bothways.importers.ArtifactSource;
import dev.bothways.importers.DiagnosticKind;
import dev.bothways.importers.Severity;
import dev.bothways.model.ArtifactLines;
import dev.bothways.model.Evidence;
import dev.bothways.model.NextHop;
import dev.bothways.model.Progress;
import dev.bothways.model.Route;
import dev.bothways.model.RouteType;
import inet.ipaddr.IPAddress;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code ip route} / {@code ip -6 route} / {@code ip route show table all} text, streamed
 * line by line: one route a line, the {@code nexthop} lines of a multipath route indented under
 * it. One instance per artifact.
 */
final class IpRouteParser extends IpTextParser<Route> {
    /** Keywords followed by one value. */
    private static final Set<String> VALUED = Set.of("via", "dev", "table", "proto", "scope", "src", "metric",
            "nhid", "pref", "expires", "error", "tos", "dsfield", "from", "realm", "realms", "weight", "advmss",
            "hoplimit", "initcwnd", "initrwnd", "rtt", "rttvar", "window", "ssthresh", "cwnd", "features",
            "quickack", "congctl", "fastopen_no_cookie", "rto_min", "reordering", "ttl-propagate", "nh_id");

    private static final IPAddress ANY = java.util.Objects.requireNonNull(AddressText.prefix("default", false));

    private static final Tokens.Keywords KEYWORDS = new Tokens.Keywords(
            java.util.stream.Stream.concat(VALUED.stream(), Set.of("mtu", "encap", "nexthop").stream())
                    .collect(java.util.stream.Collectors.toSet()));

    private static final Tokens.Keywords TYPES = new Tokens.Keywords(java.util.Arrays.stream(RouteType.values())
            .map(RouteType::label).collect(java.util.stream.Collectors.toSet()));

    private final SharedValues shared = new SharedValues();
    private @Nullable RouteBuilder pending;
    private boolean ipv6Context;

    IpRouteParser(ArtifactSource source, Progress progress) {
        super(source, progress, "ip route");
        ipv6Context = source.commandLine().flatMap(IpCommand::parse).map(IpCommand::ipv6).orElse(false);
    }

    @Override
    protected void words(String line, int number, int n) {
        RouteBuilder route = pending;
        if (tokens.indented() && route != null) {
            route.lastLine = number;
            if (tokens.is(0, "nexthop")) {
                route.multipath.add(nextHop(1, number, line));
            } else {
                readAttributes(route, 0, number, line);
            }
            return;
        }
        flush();
        int at = 0;
        RouteType type = RouteType.UNICAST;
        String label = tokens.keyword(0, TYPES);
        if (label != null && n > 1) {
            type = RouteType.ofLabel(label).orElseThrow();
            at = 1;
        }
        String first = tokens.get(at);
        IPAddress destination = AddressText.prefix(first, ipv6Context);
        if (destination == null) {
            notOutput(line, number, "'" + first + "' is not a route destination; line skipped");
            return;
        }
        RouteBuilder builder = new RouteBuilder(type, destination, number);
        readAttributes(builder, at + 1, number, line);
        if (first.equals("default") && builder.gateway.orElse(null) instanceof Inet6Address && !ipv6Context) {
            builder.destination = AddressText.prefix("default", true);
        }
        ipv6Context = builder.destination.isIPv6();
        pending = builder;
    }

    private void readAttributes(RouteBuilder route, int from, int number, String line) {
        int n = tokens.count();
        for (int i = from; i < n; i++) {
            String key = tokens.keyword(i, KEYWORDS);
            if (key == null || key.equals("encap") || key.equals("nexthop")) {
                if ("encap".equals(key)) { // "encap mpls 100/200" or "encap seg6 mode encap segs 1 [ ... ]"
                    int end = i + 1;
                    while (end < n && (tokens.keyword(end, KEYWORDS) == null || tokens.is(end, "encap"))) {
                        end++;
                    }
                    route.attribute(key, join(i + 1, end));
                    i = end - 1;
                    continue;
                }
                route.flags.add(key == null ? tokens.get(i) : key);
                continue;
            }
            if (i + 1 >= n) {
                diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line,
                        "'" + key + "' has no value");
                return;
            }
            String value = tokens.get(++i);
            switch (key) {
                case "via" -> {
                    if ((value.equals("inet") || value.equals("inet6")) && i + 1 < n) {
                        value = tokens.get(++i);
                    }
                    route.gateway = gateway(value, number, line);
                }
                case "dev" -> route.device = shared.word(value);
                case "table" -> route.table = shared.word(value).orElseThrow();
                case "proto" -> route.protocol = shared.word(value);
                case "scope" -> route.scope = shared.word(value);
                case "src" -> route.source = shared.address(value);
                case "metric" -> {
                    Long metric = number(value, number, line);
                    route.metric = metric == null ? Optional.empty() : shared.number(metric);
                }
                case "nhid" -> {
                    Long id = number(value, number, line);
                    route.group = id == null ? null : id.intValue();
                }
                case "weight" -> route.weight = number(value, number, line);
                case "mtu" -> {
                    if (value.equals("lock") && i + 1 < n) {
                        value = "lock " + tokens.get(++i);
                    }
                    route.attribute(key, value);
                }
                default -> route.attribute(key, value);
            }
        }
    }

    private NextHop nextHop(int from, int number, String line) {
        RouteBuilder hop = new RouteBuilder(RouteType.UNICAST, ANY, number);
        readAttributes(hop, from, number, line);
        int weight = hop.weight == null ? 1 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, hop.weight));
        return new NextHop(hop.gateway, hop.device, weight, hop.flags);
    }

    private Optional<InetAddress> gateway(String value, int number, String line) {
        Optional<InetAddress> address = shared.address(value);
        if (address.isEmpty()) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line,
                    "gateway '" + value + "' is not an IP address");
        }
        return address;
    }

    private @Nullable Long number(String value, int number, String line) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.MALFORMED, number, line,
                    "'" + value + "' is not a number");
            return null;
        }
    }

    private String join(int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            b.append(i > from ? " " : "").append(tokens.get(i));
        }
        return b.toString();
    }

    @Override
    protected void end(int lastLine, boolean terminated) {
        RouteBuilder route = pending;
        if (route != null && !terminated && route.lastLine == lastLine && !cancelled()
                && route.multipath.isEmpty() && route.device.isEmpty() && route.gateway.isEmpty()
                && route.group == null && !route.type.drops() && route.type != RouteType.THROW) {
            diagnostics.add(Severity.WARNING, DiagnosticKind.TRUNCATED, lastLine, "",
                    "the output ends in the middle of the route on line " + lastLine + "; kept what it shows");
        }
        flush();
    }

    private void flush() {
        RouteBuilder route = pending;
        if (route == null) {
            return;
        }
        pending = null;
        items.add(new Evidence<>(route.build(shared), new ArtifactLines(source.id(), route.firstLine, route.lastLine)));
    }

    private static final class RouteBuilder {
        final RouteType type;
        IPAddress destination;
        final int firstLine;
        int lastLine;
        Optional<InetAddress> gateway = Optional.empty();
        Optional<String> device = Optional.empty();
        String table = Route.MAIN;
        Optional<String> protocol = Optional.empty();
        Optional<String> scope = Optional.empty();
        Optional<InetAddress> source = Optional.empty();
        Optional<Long> metric = Optional.empty();
        @Nullable Integer group;
        @Nullable Long weight;
        final List<String> flags = new ArrayList<>(2);
        final List<NextHop> multipath = new ArrayList<>(0);
        @Nullable Map<String, String> attributes;

        RouteBuilder(RouteType type, IPAddress destination, int line) {
            this.type = type;
            this.destination = destination;
            this.firstLine = line;
            this.lastLine = line;
        }

        void attribute(String key, String value) {
            if (attributes == null) {
                attributes = new HashMap<>(4);
            }
            attributes.put(key, value);
        }

        Route build(SharedValues shared) {
            List<NextHop> hops;
            List<String> routeFlags = flags;
            if (type.drops() || type == RouteType.THROW) {
                hops = List.of(); // the kernel prints "dev lo" on IPv6 reject routes; nothing leaves by it
                routeFlags = flags;
                device.ifPresent(d -> attribute("dev", d));
            } else if (!multipath.isEmpty()) {
                hops = multipath;
            } else if (gateway.isPresent() || device.isPresent()) {
                int w = weight == null ? 1 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, weight));
                hops = shared.single(new NextHop(gateway, device, w, flags));
                routeFlags = List.of();
            } else {
                hops = List.of();
            }
            return new Route(type, destination, table, metric, protocol, scope, source, Optional.ofNullable(group), hops,
                    routeFlags, attributes == null ? Map.of() : attributes);
        }
    }
}
