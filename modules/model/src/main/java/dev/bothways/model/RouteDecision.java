package dev.bothways.model;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * What the kernel answered to {@code ip route get}: the route it chose for one packet, or its
 * refusal ({@code RTNETLINK answers: Invalid cross-device link} is how strict rp_filter says no
 * to {@code ip route get ... from ... iif ...}).
 *
 * @param destination   the address asked about; empty only when a refusal does not name it
 * @param inputInterface the {@code iif} the packet was asked about as arriving on (a forwarded packet)
 * @param cacheFlags    what the {@code cache} line says ({@code local}, {@code redirect}, ...)
 * @param refusal       the kernel's error, when it would not route the packet
 */
public record RouteDecision(Optional<InetAddress> destination, RouteType type, Optional<InetAddress> source,
                            Optional<InetAddress> gateway, Optional<String> device,
                            Optional<InetAddress> preferredSource, Optional<String> table,
                            Optional<String> inputInterface, Optional<Long> mark, Optional<Long> uid,
                            List<String> cacheFlags, Optional<String> refusal) {
    public RouteDecision {
        cacheFlags = List.copyOf(cacheFlags);
    }

    public static RouteDecision refused(String error) {
        return new RouteDecision(Optional.empty(), RouteType.UNREACHABLE, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(), Optional.of(error));
    }
}
