package dev.bothways.model;

import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import java.net.InetAddress;
import java.util.Optional;

/** Parses IP address literals without ever touching DNS, and prints them in canonical form. */
public final class Addresses {
    private Addresses() {
    }

    /** The address written in {@code text} (IPv4 dotted quad or any IPv6 form), if it is one. */
    public static Optional<InetAddress> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.indexOf('/') >= 0) {
            return Optional.empty();
        }
        IPAddress address = new IPAddressString(trimmed).getAddress();
        if (address == null || !address.isIPAddress() || address.isMultiple()) {
            return Optional.empty();
        }
        return Optional.of(address.toInetAddress());
    }

    /** Canonical text: dotted quad for IPv4, RFC 5952 compressed form for IPv6. */
    public static String format(InetAddress address) {
        if (address instanceof java.net.Inet4Address) {
            return address.getHostAddress();
        }
        return new IPAddressString(address.getHostAddress()).getAddress().toCanonicalString();
    }
}
