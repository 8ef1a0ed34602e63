package dev.bothways.capture.match;

import dev.bothways.model.Addresses;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Protocol;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The common subset of pcap-filter(7) expressions, enough to tell whether a capture filter
 * ({@code if_filter}) would have let a packet through: {@code tcp}, {@code udp}, {@code icmp},
 * {@code icmp6}, {@code ip}, {@code ip6}, {@code [src|dst] host A}, {@code [tcp|udp] [src|dst]
 * port N}, joined by {@code and}/{@code or}/{@code not} and parentheses. Anything else makes the
 * answer unknown, never a guess.
 */
public final class CaptureFilter {
    private final List<String> tokens;
    private int at;

    private CaptureFilter(String text) {
        this.tokens = tokenize(text);
    }

    /** Whether {@code filter} passes a packet of {@code packet}; empty when the filter is beyond this subset. */
    public static Optional<Boolean> matches(String filter, FiveTuple packet) {
        if (filter.isBlank()) {
            return Optional.of(true);
        }
        CaptureFilter parser = new CaptureFilter(filter);
        Optional<Boolean> result = parser.expression(packet);
        if (parser.at != parser.tokens.size()) {
            return Optional.empty();
        }
        return result;
    }

    private static List<String> tokenize(String text) {
        List<String> out = new ArrayList<>();
        String spaced = text.replace("(", " ( ").replace(")", " ) ").replace("&&", " and ").replace("||", " or ")
                .replace("!", " not ");
        for (String t : spaced.trim().split("\\s+")) {
            if (!t.isEmpty()) {
                out.add(t.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private Optional<String> peek() {
        return at < tokens.size() ? Optional.of(tokens.get(at)) : Optional.empty();
    }

    private Optional<Boolean> expression(FiveTuple p) {
        Optional<Boolean> left = conjunction(p);
        while (peek().filter("or"::equals).isPresent()) {
            at++;
            Optional<Boolean> right = conjunction(p);
            left = left.isEmpty() || right.isEmpty() ? Optional.empty() : Optional.of(left.get() || right.get());
        }
        return left;
    }

    private Optional<Boolean> conjunction(FiveTuple p) {
        Optional<Boolean> left = negation(p);
        while (true) {
            Optional<String> next = peek();
            if (next.filter("and"::equals).isPresent()) {
                at++;
            } else if (next.isEmpty() || next.get().equals("or") || next.get().equals(")")) {
                return left;
            }
            Optional<Boolean> right = negation(p);
            left = left.isEmpty() || right.isEmpty() ? Optional.empty() : Optional.of(left.get() && right.get());
        }
    }

    private Optional<Boolean> negation(FiveTuple p) {
        if (peek().filter("not"::equals).isPresent()) {
            at++;
            return negation(p).map(b -> !b);
        }
        if (peek().filter("("::equals).isPresent()) {
            at++;
            Optional<Boolean> inner = expression(p);
            if (peek().filter(")"::equals).isEmpty()) {
                at = tokens.size() + 1;
                return Optional.empty();
            }
            at++;
            return inner;
        }
        return primitive(p);
    }

    private Optional<Boolean> primitive(FiveTuple p) {
        Optional<String> first = peek();
        if (first.isEmpty()) {
            at = tokens.size() + 1;
            return Optional.empty();
        }
        String word = first.get();
        at++;
        boolean v6 = p.source().getAddress().length == 16;
        switch (word) {
            case "ip":
                return Optional.of(!v6);
            case "ip6":
                return Optional.of(v6);
            case "icmp":
                return Optional.of(p.protocol() == Protocol.ICMP);
            case "icmp6":
                return Optional.of(p.protocol() == Protocol.ICMPV6);
            case "tcp", "udp":
                Protocol protocol = word.equals("tcp") ? Protocol.TCP : Protocol.UDP;
                if (peek().filter(w -> w.equals("port") || w.equals("src") || w.equals("dst")).isPresent()) {
                    return port(p).map(b -> b && p.protocol() == protocol);
                }
                return Optional.of(p.protocol() == protocol);
            case "src", "dst":
                at--;
                if (at + 1 < tokens.size() && tokens.get(at + 1).equals("port")) {
                    return port(p);
                }
                return host(p);
            case "host":
                at--;
                return host(p);
            case "port":
                at--;
                return port(p);
            default:
                at = tokens.size() + 1;
                return Optional.empty();
        }
    }

    private Optional<Boolean> host(FiveTuple p) {
        String direction = direction();
        if (peek().filter("host"::equals).isEmpty() || at + 1 >= tokens.size()) {
            at = tokens.size() + 1;
            return Optional.empty();
        }
        at++;
        Optional<InetAddress> address = Addresses.parse(tokens.get(at++));
        if (address.isEmpty()) {
            at = tokens.size() + 1;
            return Optional.empty();
        }
        boolean src = p.source().equals(address.get());
        boolean dst = p.destination().equals(address.get());
        return Optional.of(direction.equals("src") ? src : direction.equals("dst") ? dst : src || dst);
    }

    private Optional<Boolean> port(FiveTuple p) {
        String direction = direction();
        if (peek().filter("port"::equals).isEmpty() || at + 1 >= tokens.size()) {
            at = tokens.size() + 1;
            return Optional.empty();
        }
        at++;
        int port;
        try {
            port = Integer.parseInt(tokens.get(at++));
        } catch (NumberFormatException e) {
            at = tokens.size() + 1;
            return Optional.empty();
        }
        boolean hasPorts = p.protocol() == Protocol.TCP || p.protocol() == Protocol.UDP;
        boolean src = hasPorts && p.sourcePort() == port;
        boolean dst = hasPorts && p.destinationPort() == port;
        return Optional.of(direction.equals("src") ? src : direction.equals("dst") ? dst : src || dst);
    }

    private String direction() {
        Optional<String> next = peek();
        if (next.isPresent() && (next.get().equals("src") || next.get().equals("dst"))) {
            at++;
            return next.get();
        }
        return "";
    }
}
