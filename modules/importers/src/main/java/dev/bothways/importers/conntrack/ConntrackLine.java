package dev.bothways.importers.conntrack;

import dev.bothways.model.Protocol;
import dev.bothways.model.netfilter.ConntrackEntry;
import dev.bothways.model.netfilter.Counters;
import dev.bothways.model.netfilter.ConntrackEvent;
import dev.bothways.model.netfilter.ConntrackEventType;
import dev.bothways.model.netfilter.ConntrackFlag;
import dev.bothways.model.netfilter.ConntrackTuple;
import dev.bothways.model.netfilter.TcpConntrackState;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One line of conntrack output, in any of its forms:
 * {@code [1700000000.123456]  [NEW] ipv4 2 tcp 6 120 SYN_SENT src=.. dst=.. sport=.. dport=.. [UNREPLIED] src=.. ... [ASSURED] mark=0 zone=0 use=1}.
 * The time, the event and the {@code ipv4 2} columns are each optional.
 */
final class ConntrackLine {
    static final Pattern EVENT_MARK = Pattern.compile("^\\s*(?:\\[\\d+\\.\\d+]\\s*)?\\[(NEW|UPDATE|DESTROY)]\\s.*");
    static final Pattern ENTRY = Pattern.compile(
            "^\\s*(?:(ipv[46])\\s+\\d+\\s+)?([a-z][a-z0-9-]*)\\s+(\\d+)\\s+.*\\bsrc=\\S+\\s+dst=\\S+.*");
    static final Pattern SUMMARY = Pattern.compile(
            "^conntrack v[\\d.]+ \\(conntrack-tools\\): \\d+ flow (entries|events) ha(?:ve|s) been shown\\.\\s*$");
    private static final Pattern HEAD = Pattern.compile(
            "^\\s*(?:\\[(\\d+)\\.(\\d+)]\\s*)?(?:\\[(NEW|UPDATE|DESTROY)]\\s+)?(?:(ipv[46])\\s+\\d+\\s+)?"
                    + "([a-z][a-z0-9-]*)\\s+(\\d+)\\s+(.*)$");

    private ConntrackLine() {
    }

    /** What one line held: an event, or the reason it could not be read. */
    sealed interface Read {
    }

    record Understood(ConntrackEvent event) implements Read {
    }

    record NotUnderstood(String reason) implements Read {
    }

    static Read read(String line) {
        Matcher m = HEAD.matcher(line);
        if (!m.matches()) {
            return new NotUnderstood("not a conntrack entry");
        }
        Optional<Instant> time = Optional.empty();
        if (m.group(1) != null) {
            String fraction = (m.group(2) + "000000000").substring(0, 9);
            try {
                time = Optional.of(Instant.ofEpochSecond(Long.parseLong(m.group(1)), Long.parseLong(fraction)));
            } catch (NumberFormatException | java.time.DateTimeException e) {
                return new NotUnderstood("timestamp out of range");
            }
        }
        ConntrackEventType type = m.group(3) == null ? ConntrackEventType.NEW
                : ConntrackEventType.ofLabel(m.group(3)).orElseThrow();
        Optional<String> l3 = Optional.ofNullable(m.group(4));
        String protoName = m.group(5);
        int protoNumber;
        try {
            protoNumber = Integer.parseInt(m.group(6));
        } catch (NumberFormatException e) {
            return new NotUnderstood("protocol number out of range");
        }
        Protocol protocol = protocol(protoName, protoNumber);
        String[] words = m.group(7).strip().split("\\s+");
        int i = 0;
        OptionalLong timeout = OptionalLong.empty();
        if (i < words.length && isDigits(words[i])) {
            timeout = parseLong(words[i]);
            i++;
        }
        Optional<TcpConntrackState> state = Optional.empty();
        if (i < words.length && words[i].indexOf('=') < 0 && !words[i].startsWith("[")) {
            state = TcpConntrackState.ofLabel(words[i]);
            if (state.isEmpty()) {
                return new NotUnderstood("unknown state '" + words[i] + "'");
            }
            i++;
        }
        TupleBuilder original = new TupleBuilder();
        TupleBuilder reply = new TupleBuilder();
        TupleBuilder current = original;
        Set<ConntrackFlag> flags = EnumSet.noneOf(ConntrackFlag.class);
        OptionalLong mark = OptionalLong.empty();
        OptionalInt zone = OptionalInt.empty();
        OptionalInt use = OptionalInt.empty();
        for (; i < words.length; i++) {
            String w = words[i];
            if (w.startsWith("[") && w.endsWith("]")) {
                ConntrackFlag.ofLabel(w.substring(1, w.length() - 1)).ifPresent(flags::add);
                continue;
            }
            int eq = w.indexOf('=');
            if (eq <= 0) {
                continue;
            }
            String key = w.substring(0, eq);
            String value = w.substring(eq + 1);
            switch (key) {
                case "src" -> {
                    if (current.source != null) {
                        if (current == reply) {
                            return new NotUnderstood("more than two tuples");
                        }
                        current = reply;
                    }
                    current.source = value;
                }
                case "dst" -> current.destination = value;
                case "sport" -> current.sourcePort = port(value);
                case "id" -> {
                    current.sourcePort = port(value);
                    current.destinationPort = port(value);
                }
                case "dport" -> current.destinationPort = port(value);
                case "packets" -> current.packets = parseLong(value);
                case "bytes" -> current.bytes = parseLong(value);
                case "mark" -> mark = parseLong(value);
                case "zone" -> zone = parseInt(value);
                case "use" -> use = parseInt(value);
                default -> { }
            }
        }
        if (original.destination == null) {
            return new NotUnderstood("no original tuple");
        }
        if (reply.source == null || reply.destination == null) {
            return new NotUnderstood("no reply tuple");
        }
        ConntrackEntry entry = new ConntrackEntry(l3, protocol, protoNumber, timeout, state, original.build(),
                reply.build(), flags, mark, zone, use, original.counters(), reply.counters());
        return new Understood(new ConntrackEvent(type, time, entry));
    }

    private static Protocol protocol(String name, int number) {
        Protocol byNumber = Protocol.ofNumber(number);
        if (byNumber != Protocol.OTHER) {
            return byNumber;
        }
        return Protocol.ofLabel(name.toLowerCase(Locale.ROOT)).orElse(Protocol.OTHER);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.length() < 19 && s.chars().allMatch(Character::isDigit);
    }

    private static OptionalLong parseLong(String s) {
        try {
            return s.startsWith("0x") ? OptionalLong.of(Long.parseUnsignedLong(s.substring(2), 16))
                    : OptionalLong.of(Long.parseLong(s));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static OptionalInt parseInt(String s) {
        OptionalLong l = parseLong(s);
        return l.isPresent() && l.getAsLong() <= Integer.MAX_VALUE ? OptionalInt.of((int) l.getAsLong())
                : OptionalInt.empty();
    }

    private static OptionalInt port(String s) {
        OptionalInt p = parseInt(s);
        return p.isPresent() && p.getAsInt() >= 0 && p.getAsInt() <= 65535 ? p : OptionalInt.empty();
    }

    private static final class TupleBuilder {
        @Nullable String source;
        @Nullable String destination;
        OptionalInt sourcePort = OptionalInt.empty();
        OptionalInt destinationPort = OptionalInt.empty();
        OptionalLong packets = OptionalLong.empty();
        OptionalLong bytes = OptionalLong.empty();

        Optional<Counters> counters() {
            return packets.isPresent() && bytes.isPresent()
                    ? Optional.of(Counters.exact(packets.getAsLong(), bytes.getAsLong())) : Optional.empty();
        }

        ConntrackTuple build() {
            return new ConntrackTuple(source, destination, sourcePort, destinationPort);
        }
    }
}
