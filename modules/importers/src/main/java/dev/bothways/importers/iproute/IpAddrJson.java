package dev.bothways.importers.iproute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bothways.importers.JsonElements;
import dev.bothways.model.InterfaceAddress;
import inet.ipaddr.IPAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the interface objects of {@code ip -j addr}: one fact per entry of {@code addr_info}. */
final class IpAddrJson {
    private static final Set<String> NOT_FLAGS = Set.of("family", "local", "address", "prefixlen", "scope", "label",
            "broadcast", "valid_life_time", "preferred_life_time", "metric", "anycast");

    private IpAddrJson() {
    }

    static List<InterfaceAddress> addresses(JsonNode e, IpJsonFormat.ElementContext context) {
        String device = JsonElements.text(e, "ifname");
        Long index = IpRouteJson.number(e, "ifindex");
        if (device == null || index == null) {
            context.warn("an interface without \"ifname\" or \"ifindex\"; skipped");
            return List.of();
        }
        String state = Optional.ofNullable(JsonElements.text(e, "operstate")).orElse("UNKNOWN");
        List<InterfaceAddress> out = new ArrayList<>();
        JsonNode infos = e.get("addr_info");
        if (infos == null || !infos.isArray()) {
            return out;
        }
        for (JsonNode info : infos) {
            String local = JsonElements.text(info, "local");
            Long length = IpRouteJson.number(info, "prefixlen");
            if (local == null || length == null) {
                context.warn("an address of " + device + " without \"local\" or \"prefixlen\"; skipped");
                continue;
            }
            String peerText = JsonElements.text(info, "address");
            IPAddress address = AddressText.interfaceAddress(local + "/"
                    + (peerText == null ? length : (local.indexOf(':') >= 0 ? 128 : 32)));
            if (address == null) {
                context.warn("'" + local + "' is not an address; skipped");
                continue;
            }
            Optional<IPAddress> peer = Optional.ofNullable(peerText)
                    .map(p -> AddressText.interfaceAddress(p + "/" + length));
            List<String> flags = new ArrayList<>();
            for (Map.Entry<String, JsonNode> field : info.properties()) {
                if (!NOT_FLAGS.contains(field.getKey()) && field.getValue().isBoolean() && field.getValue().asBoolean()) {
                    flags.add(field.getKey());
                }
            }
            String label = JsonElements.text(info, "label");
            out.add(new InterfaceAddress(device, index.intValue(), state, address, peer,
                    Optional.ofNullable(JsonElements.text(info, "scope")).orElse("global"),
                    Optional.ofNullable(label).filter(l -> !l.equals(device)), flags));
        }
        return out;
    }
}
