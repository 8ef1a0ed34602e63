package dev.bothways.importers.kernellog;

import dev.bothways.model.Protocol;
import dev.bothways.model.kernellog.KernelLogPacket;
import dev.bothways.model.kernellog.LogStamp;
import dev.bothways.model.kernellog.TcpFlag;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fields of a netfilter packet log message ({@code nf_log_syslog}): a free prefix, then
 * {@code IN= OUT= [PHYSIN= PHYSOUT=] [MAC=] SRC= DST= ... PROTO= ...}, bare IP and TCP flags, and
 * {@code OPT (hex)}.
 *
 * An ICMP error's quoted packet ({@code [SRC=... DST=... ]}) is kept whole under the field {@code QUOTED}.
 *
 * @param unknownWords bare words that are neither flags nor fields (a line cut in a paste leaves some)
 */
record PacketFields(KernelLogPacket packet, List<String> unknownWords) {
    /** Where the fields begin: {@code IN=} at the start or after the prefix (which may end without a space). */
    static final Pattern START = Pattern.compile("IN=\\S*\\s+OUT=");
    private static final Set<String> IP_FLAGS = Set.of("DF", "MF", "CE");

    static Optional<PacketFields> read(LogStamp stamp, String message) {
        Matcher start = START.matcher(message);
        if (!start.find()) {
            return Optional.empty();
        }
        String prefix = message.substring(0, start.start()).strip();
        String body = message.substring(start.start()).strip();
        Map<String, String> fields = new LinkedHashMap<>();
        int quoted = body.indexOf(" [SRC=");
        if (quoted > 0) { // an ICMP error quotes the packet it answers: "[SRC=... DST=... ]"
            int end = body.indexOf(']', quoted);
            fields.put("QUOTED", body.substring(quoted + 2, end < 0 ? body.length() : end).strip());
            body = body.substring(0, quoted) + (end < 0 ? "" : body.substring(end + 1));
        }
        String[] words = body.strip().split("\\s+");
        Set<TcpFlag> flags = EnumSet.noneOf(TcpFlag.class);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int eq = w.indexOf('=');
            if (eq > 0) {
                String key = w.substring(0, eq);
                String k = key;
                for (int n = 2; fields.containsKey(k); n++) {
                    k = key + "#" + n;
                }
                fields.put(k, w.substring(eq + 1));
            } else if (w.equals("OPT") && i + 1 < words.length && words[i + 1].startsWith("(")) {
                fields.put("OPT", words[++i].replaceAll("[()]", ""));
            } else if (TcpFlag.ofLabel(w).isPresent()) {
                flags.add(TcpFlag.ofLabel(w).get());
            } else if (!IP_FLAGS.contains(w)) {
                unknown.add(w);
            }
        }
        if (!fields.containsKey("SRC") || !fields.containsKey("DST")) {
            return Optional.empty();
        }
        String protoName = fields.getOrDefault("PROTO", "");
        Protocol protocol = protocol(protoName);
        OptionalInt sport = port(fields.get("SPT"));
        OptionalInt dport = port(fields.get("DPT"));
        if ((protocol == Protocol.ICMP || protocol == Protocol.ICMPV6) && fields.containsKey("ID#2")) {
            sport = port(fields.get("ID#2")); // the echo id, as conntrack keys ICMP
            dport = sport;
        } else if (protocol == Protocol.ICMPV6 && fields.containsKey("ID") && !fields.containsKey("ID#2")) {
            sport = port(fields.get("ID"));
            dport = sport;
        }
        KernelLogPacket packet = new KernelLogPacket(stamp, prefix, nonEmpty(fields.get("IN")),
                nonEmpty(fields.get("OUT")), fields.get("SRC"), fields.get("DST"), protocol, protoName, sport, dport,
                flags, Optional.ofNullable(fields.get("STATE")), fields);
        return Optional.of(new PacketFields(packet, List.copyOf(unknown)));
    }

    private static Protocol protocol(String name) {
        if (!name.isEmpty() && name.chars().allMatch(Character::isDigit) && name.length() < 4) {
            return Protocol.ofNumber(Integer.parseInt(name));
        }
        return Protocol.ofLabel(name.toLowerCase(Locale.ROOT)).orElse(Protocol.OTHER);
    }

    private static Optional<String> nonEmpty(String value) {
        return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static OptionalInt port(String value) {
        if (value == null || value.isEmpty() || value.length() > 5 || !value.chars().allMatch(Character::isDigit)) {
            return OptionalInt.empty();
        }
        int p = Integer.parseInt(value);
        return p <= 65535 ? OptionalInt.of(p) : OptionalInt.empty();
    }
}
