package dev.bothways.model;

import inet.ipaddr.IPAddress;
import java.util.List;
import java.util.Optional;

/**
 * One address configured on a network interface ({@code ip addr}), with the interface's state.
 *
 * @param device      the interface name, without any {@code @peer} suffix ("eth0", "v1")
 * @param index       the interface index
 * @param linkState   the operational state ("UP", "DOWN", "UNKNOWN")
 * @param address     the address with its prefix length (10.0.0.1/24)
 * @param peer        the peer address of a point-to-point link, when one is set
 * @param scope       "global", "link", "host", ...
 * @param label       the address label ({@code eth0:1}), when it differs from the device
 * @param flags       address flags: secondary, dynamic, tentative, deprecated, noprefixroute, ...
 */
public record InterfaceAddress(String device, int index, String linkState, IPAddress address,
                               Optional<IPAddress> peer, String scope, Optional<String> label,
                               List<String> flags) {
    public InterfaceAddress {
        flags = List.copyOf(flags);
    }

    /** The network the address belongs to (10.0.0.0/24 for 10.0.0.1/24). */
    public IPAddress network() {
        return address.toPrefixBlock();
    }
}
