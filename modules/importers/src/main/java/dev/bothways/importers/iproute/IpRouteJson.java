package dev.bothways.importers.iproute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bothways.importers.JsonElements;
import dev.bothways.model.NextHop;
import dev.bothways.model.Route;
import dev.bothways.model.RouteDecision;
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

/** Reads the objects of {@code ip -j route} and {@code ip -j route get}. */
final class IpRouteJson {
    private static final Set<String> NAMED = Set.of("type", "dst", "gateway", "via", "dev", "protocol", "scope",
            "prefsrc", "metric", "flags", "table", "nhid", "nexthops", "from", "uid", "mark", "cache", "iif");

    private IpRouteJson() {
    }

    static List<Route> route(JsonNode e, IpJsonFormat.ElementContext context) {
        String dst = JsonElements.text(e, "dst");
        if (dst == null) {
            context.warn("a route without \"dst\"; skipped");
            return List.of();
        }
        RouteType type = type(e, context);
        InetAddress gateway = gateway(e);
        List<NextHop> hops = new ArrayList<>();
        JsonNode nexthops = e.get("nexthops");
        if (type.drops() || type == RouteType.THROW) {
            hops.clear(); // the kernel names "dev lo" on IPv6 reject routes; nothing leaves by it
        } else if (nexthops != null && nexthops.isArray()) {
            for (JsonNode hop : nexthops) {
                hops.add(nextHop(hop));
            }
        } else if (gateway != null || JsonElements.text(e, "dev") != null) {
            hops.add(nextHop(e));
        }
        boolean ipv6 = dst.indexOf(':') >= 0 || hops.stream()
                .anyMatch(h -> h.gateway().filter(g -> g instanceof Inet6Address).isPresent())
                || dst.equals("default") && context.ipv6;
        IPAddress destination = AddressText.prefix(dst, ipv6);
        if (destination == null) {
            context.warn("'" + dst + "' is not a route destination; skipped");
            return List.of();
        }
        context.ipv6 = destination.isIPv6();
        String table = JsonElements.text(e, "table");
        Long metric = number(e, "metric");
        Long nhid = number(e, "nhid");
        List<String> routeFlags = hops.size() == 1 && nexthops == null ? List.of() : strings(e.get("flags"));
        Map<String, String> attributes = others(e);
        String device = JsonElements.text(e, "dev");
        if (hops.isEmpty() && device != null) {
            attributes.put("dev", device);
        }
        return List.of(new Route(type, destination, table == null ? Route.MAIN : table, Optional.ofNullable(metric),
                Optional.ofNullable(JsonElements.text(e, "protocol")), Optional.ofNullable(JsonElements.text(e, "scope")),
                Optional.ofNullable(JsonElements.text(e, "prefsrc")).map(AddressText::address),
                Optional.ofNullable(nhid).map(Long::intValue), hops, routeFlags, attributes));
    }

    static List<RouteDecision> decision(JsonNode e, IpJsonFormat.ElementContext context) {
        String dst = JsonElements.text(e, "dst");
        InetAddress destination = dst == null ? null : AddressText.address(dst);
        if (destination == null) {
            context.warn("a route decision without a \"dst\" address; skipped");
            return List.of();
        }
        Long mark = mark(JsonElements.text(e, "mark"));
        return List.of(new RouteDecision(Optional.of(destination), type(e, context),
                optionalAddress(e, "from"), Optional.ofNullable(gateway(e)),
                Optional.ofNullable(JsonElements.text(e, "dev")), optionalAddress(e, "prefsrc"),
                Optional.ofNullable(JsonElements.text(e, "table")), Optional.ofNullable(JsonElements.text(e, "iif")),
                Optional.ofNullable(mark), Optional.ofNullable(number(e, "uid")), strings(e.get("cache")),
                Optional.empty()));
    }

    static @Nullable Long mark(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return text.startsWith("0x") ? Long.parseLong(text.substring(2), 16) : Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static RouteType type(JsonNode e, IpJsonFormat.ElementContext context) {
        String type = JsonElements.text(e, "type");
        if (type == null) {
            return RouteType.UNICAST;
        }
        Optional<RouteType> known = RouteType.ofLabel(type);
        if (known.isEmpty()) {
            context.warn("unknown route type '" + type + "'; read as unicast");
        }
        return known.orElse(RouteType.UNICAST);
    }

    private static NextHop nextHop(JsonNode hop) {
        Long weight = number(hop, "weight");
        int w = weight == null ? 1 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, weight));
        return new NextHop(Optional.ofNullable(gateway(hop)), Optional.ofNullable(JsonElements.text(hop, "dev")), w,
                strings(hop.get("flags")));
    }

    private static @Nullable InetAddress gateway(JsonNode e) {
        String gateway = JsonElements.text(e, "gateway");
        if (gateway == null && e.get("via") != null) {
            gateway = JsonElements.text(e.get("via"), "host");
        }
        return gateway == null ? null : AddressText.address(gateway);
    }

    private static Optional<InetAddress> optionalAddress(JsonNode e, String field) {
        return Optional.ofNullable(JsonElements.text(e, field)).map(AddressText::address);
    }

    static @Nullable Long number(JsonNode e, String field) {
        JsonNode value = e.get(field);
        return value != null && value.canConvertToLong() ? value.asLong() : null;
    }

    static List<String> strings(@Nullable JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> out.add(v.asText()));
        }
        return out;
    }

    private static Map<String, String> others(JsonNode e) {
        Map<String, String> out = new HashMap<>();
        for (Map.Entry<String, JsonNode> field : e.properties()) {
            if (!NAMED.contains(field.getKey()) && field.getValue().isValueNode() && !field.getValue().isNull()) {
                out.put(field.getKey(), field.getValue().asText());
            }
        }
        return out;
    }
}
