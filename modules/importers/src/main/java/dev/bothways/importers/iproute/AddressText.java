package dev.bothways.importers.iproute;

import dev.bothways.model.Addresses;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.ipv4.IPv4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Addresses and prefixes as iproute2 prints them, read without DNS. IPv4 takes a hand-written
 * fast path (a full routing table holds a million of them); IPv6 and odd forms go through
 * {@link IPAddressString}.
 */
final class AddressText {
    private AddressText() {
    }

    /** A prefix ("10.0.0.0/24", "10.0.0.1" as /32, "2001:db8::/32", "default"), or null. */
    static @Nullable IPAddress prefix(String text, boolean ipv6Default) {
        if (text.equals("default") || text.equals("all")) {
            return ipv6Default ? new IPAddressString("::/0").getAddress() : new IPv4Address(0, 0);
        }
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        int ipv4 = ipv4(address);
        if (ipv4 != -1 || address.equals("255.255.255.255")) {
            int length = slash < 0 ? 32 : smallNumber(text, slash + 1, text.length());
            if (length < 0 || length > 32) {
                return null;
            }
            return new IPv4Address(ipv4, length);
        }
        IPAddress parsed = new IPAddressString(slash < 0 ? text + (text.indexOf(':') >= 0 ? "/128" : "") : text)
                .getAddress();
        if (parsed == null || !parsed.isPrefixed()) {
            return null;
        }
        return parsed;
    }

    /** An address with an optional prefix length kept as is ("10.0.0.1/24" stays 10.0.0.1/24). */
    static @Nullable IPAddress interfaceAddress(String text) {
        IPAddress parsed = new IPAddressString(text).getAddress();
        return parsed == null || parsed.isMultiple() && !parsed.isPrefixed() ? null : parsed;
    }

    /** A single address, or null. */
    static @Nullable InetAddress address(String text) {
        int ipv4 = ipv4(text);
        if (ipv4 != -1 || text.equals("255.255.255.255")) {
            byte[] bytes = {(byte) (ipv4 >>> 24), (byte) (ipv4 >>> 16), (byte) (ipv4 >>> 8), (byte) ipv4};
            try {
                return InetAddress.getByAddress(bytes);
            } catch (UnknownHostException e) {
                return null;
            }
        }
        return Addresses.parse(text).orElse(null);
    }

    static Optional<InetAddress> optionalAddress(String text) {
        return Optional.ofNullable(address(text));
    }

    /** The dotted quad in {@code text} as an int, or -1 (also the value of 255.255.255.255; callers check). */
    private static int ipv4(String text) {
        int n = text.length();
        if (n < 7 || n > 15) {
            return -1;
        }
        int value = 0;
        int part = 0;
        int digits = 0;
        int dots = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                part = part * 10 + (c - '0');
                if (++digits > 3 || part > 255) {
                    return -1;
                }
            } else if (c == '.' && digits > 0 && dots < 3) {
                value = value << 8 | part;
                part = 0;
                digits = 0;
                dots++;
            } else {
                return -1;
            }
        }
        if (dots != 3 || digits == 0) {
            return -1;
        }
        return value << 8 | part;
    }

    /** A non-negative decimal below 1000 in text[from, to), or -1. */
    private static int smallNumber(String text, int from, int to) {
        if (from >= to || to - from > 3) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
