package dev.bothways.model;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One direction of a flow: protocol, source address and port, destination address and port.
 * Written as {@code tcp 192.0.2.20:43122 > 203.0.113.10:443}; IPv6 addresses in brackets.
 */
public record FiveTuple(Protocol protocol, InetAddress source, int sourcePort,
                        InetAddress destination, int destinationPort) {

    private static final Pattern TEXT = Pattern.compile(
            "\\s*(\\w+)\\s+(\\[[^]]+]|[^\\s:]+):(\\d+)\\s*>\\s*(\\[[^]]+]|[^\\s:]+):(\\d+)\\s*");

    public FiveTuple {
        Objects.requireNonNull(protocol, "protocol");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(destination, "destination");
        checkPort(sourcePort);
        checkPort(destinationPort);
    }

    private static void checkPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
    }

    /** The same flow seen from the other end. */
    public FiveTuple reversed() {
        return new FiveTuple(protocol, destination, destinationPort, source, sourcePort);
    }

    /** Parses the form {@code toString()} prints; empty when the text is not one. */
    public static Optional<FiveTuple> parse(String text) {
        Matcher m = TEXT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<Protocol> protocol = Protocol.ofLabel(m.group(1));
        Optional<InetAddress> src = Addresses.parse(unbracket(m.group(2)));
        Optional<InetAddress> dst = Addresses.parse(unbracket(m.group(4)));
        int sport = Integer.parseInt(m.group(3));
        int dport = Integer.parseInt(m.group(5));
        if (protocol.isEmpty() || src.isEmpty() || dst.isEmpty() || sport > 65535 || dport > 65535) {
            return Optional.empty();
        }
        return Optional.of(new FiveTuple(protocol.get(), src.get(), sport, dst.get(), dport));
    }

    private static String unbracket(String s) {
        return s.startsWith("[") ? s.substring(1, s.length() - 1) : s;
    }

    /** An endpoint as a tuple writes it: {@code 192.0.2.20:43122}, {@code [2001:db8::1]:443}. */
    public static String endpoint(InetAddress address, int port) {
        String text = Addresses.format(address);
        return (address instanceof Inet6Address ? "[" + text + "]" : text) + ":" + port;
    }

    @Override
    public String toString() {
        return protocol.label() + " " + endpoint(source, sourcePort) + " > " + endpoint(destination, destinationPort);
    }
}
