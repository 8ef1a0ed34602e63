package dev.bothways.importers.iproute;

import dev.bothways.importers.PastedCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code ip} command line as a collector header or a pasted prompt names it: the object
 * ({@code route}, {@code rule}, {@code addr}, {@code neigh}, with iproute2's abbreviations), its
 * arguments, and whether {@code -j} asked for JSON.
 */
record IpCommand(IpObject object, List<String> arguments, boolean json, boolean ipv6) {
    private static final Set<String> TOOLS = Set.of("ip");

    enum IpObject { ADDRESS, ROUTE, RULE, NEIGHBOUR, OTHER }

    IpCommand {
        arguments = List.copyOf(arguments);
    }

    /** The value after {@code keyword} in the arguments ({@code from} in {@code ip route get A from B}). */
    Optional<String> argument(String keyword) {
        int at = arguments.indexOf(keyword);
        return at >= 0 && at + 1 < arguments.size() ? Optional.of(arguments.get(at + 1)) : Optional.empty();
    }

    /** True for {@code ip route get ...}. */
    boolean routeGet() {
        return object == IpObject.ROUTE && !arguments.isEmpty() && "get".startsWith(arguments.getFirst());
    }

    /** The command on a line, if the line is an {@code ip} command (bare, after a prompt, or with sudo). */
    static Optional<IpCommand> find(String line) {
        return PastedCommand.find(line, TOOLS).flatMap(IpCommand::parse);
    }

    static Optional<IpCommand> parse(String line) {
        String command = PastedCommand.find(line, TOOLS).orElse(line); // drops sudo, timeout, a prompt
        String[] words = command.strip().split("\\s+");
        if (words.length < 2 || !(words[0].equals("ip") || words[0].endsWith("/ip"))) {
            return Optional.empty();
        }
        boolean json = false;
        boolean ipv6 = false;
        int i = 1;
        for (; i < words.length && words[i].startsWith("-"); i++) {
            String option = words[i].replaceFirst("^--?", "");
            if (option.equals("j") || option.equals("json") || option.matches("j[a-z]*") && option.length() <= 3) {
                json = true;
            }
            if (option.equals("6") || option.equals("family") && i + 1 < words.length && words[i + 1].equals("inet6")) {
                ipv6 = true;
            }
            if (option.equals("n") || option.equals("netns") || option.equals("b") || option.equals("batch")
                    || option.equals("rc") || option.equals("rcvbuf") || option.equals("f") || option.equals("family")) {
                i++; // takes a value
            }
        }
        if (i >= words.length) {
            return Optional.empty();
        }
        IpObject object = object(words[i]);
        List<String> arguments = new ArrayList<>(List.of(words).subList(i + 1, words.length));
        return Optional.of(new IpCommand(object, arguments, json, ipv6));
    }

    private static IpObject object(String word) {
        if (word.length() >= 1 && "address".startsWith(word)) {
            return IpObject.ADDRESS;
        }
        if (word.length() >= 1 && "route".startsWith(word)) {
            return IpObject.ROUTE;
        }
        if (word.length() >= 2 && "rule".startsWith(word)) {
            return IpObject.RULE;
        }
        if (word.length() >= 1 && ("neighbour".startsWith(word) || "neighbor".startsWith(word))) {
            return IpObject.NEIGHBOUR;
        }
        return IpObject.OTHER;
    }
}
