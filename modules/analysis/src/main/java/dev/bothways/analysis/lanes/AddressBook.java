package dev.bothways.analysis.lanes;

import dev.bothways.model.Addresses;
import dev.bothways.model.NodeId;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which host owns which address, so one device is one node however many of its addresses the
 * evidence shows. Addresses no host claims stay nodes of their own, named by the address.
 */
public final class AddressBook {
    private final Map<InetAddress, String> owners = new HashMap<>();

    public void claim(String host, InetAddress address) {
        owners.putIfAbsent(address, host);
    }

    public void claimAll(String host, Set<InetAddress> addresses) {
        addresses.forEach(a -> claim(host, a));
    }

    public Optional<String> owner(InetAddress address) {
        return Optional.ofNullable(owners.get(address));
    }

    public NodeId nodeFor(InetAddress address) {
        return new NodeId(owner(address).orElseGet(() -> Addresses.format(address)));
    }
}
