package dev.bothways.importers.iproute;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bothways.importers.JsonElements;
import dev.bothways.model.Neighbour;
import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/** Reads the objects of {@code ip -j neigh}. */
final class IpNeighJson {
    private IpNeighJson() {
    }

    static List<Neighbour> neighbour(JsonNode e, IpJsonFormat.ElementContext context) {
        String dst = JsonElements.text(e, "dst");
        InetAddress address = dst == null ? null : AddressText.address(dst);
        String device = JsonElements.text(e, "dev");
        if (address == null || device == null) {
            context.warn("a neighbour without a \"dst\" address or \"dev\"; skipped");
            return List.of();
        }
        return List.of(new Neighbour(address, device, Optional.ofNullable(JsonElements.text(e, "lladdr")),
                IpRouteJson.strings(e.get("state")), e.has("router")));
    }
}
