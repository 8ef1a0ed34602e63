package dev.bothways.model.frr;

import dev.bothways.model.Addresses;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.util.Optional;

/** A destination prefix, {@code 192.0.2.0/24} or {@code 2001:db8::/32}. */
public record RibPrefix(InetAddress network, int length) {
    public RibPrefix {
        int max = network instanceof Inet4Address ? 32 : 128;
        if (length < 0 || length > max) {
            throw new IllegalArgumentException("prefix length out of range: " + length);
        }
    }

    /** Parses {@code address/length}; a bare address is a host prefix. */
    public static Optional<RibPrefix> parse(String text) {
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        Optional<InetAddress> network = Addresses.parse(address);
        if (network.isEmpty()) {
            return Optional.empty();
        }
        int max = network.get() instanceof Inet4Address ? 32 : 128;
        if (slash < 0) {
            return Optional.of(new RibPrefix(network.get(), max));
        }
        String digits = text.substring(slash + 1);
        if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int length = Integer.parseInt(digits);
        return length <= max ? Optional.of(new RibPrefix(network.get(), length)) : Optional.empty();
    }

    public boolean isIpv4() {
        return network instanceof Inet4Address;
    }

    @Override
    public String toString() {
        return Addresses.format(network) + "/" + length;
    }
}
