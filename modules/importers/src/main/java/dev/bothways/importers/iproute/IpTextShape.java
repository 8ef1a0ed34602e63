package dev.bothways.importers.iproute;

import dev.bothways.importers.MatchStrength;
import dev.bothways.importers.Sniff;
import dev.bothways.model.RouteType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What detection sees in a head of iproute2 output: the {@code ip} command that made it (from the
 * collector header or a pasted prompt line) and its first lines of output.
 */
record IpTextShape(Optional<IpCommand> command, List<String> lines) {

    static IpTextShape of(Sniff head) {
        Optional<IpCommand> command = IpCommand.parse(head.commandLine());
        List<String> lines = new ArrayList<>();
        for (String line : head.lines()) {
            if (line.isBlank()) {
                continue;
            }
            Optional<IpCommand> pasted = IpCommand.find(line);
            if (pasted.isPresent() && lines.isEmpty()) {
                command = pasted;
                continue;
            }
            if (line.startsWith("#") && lines.isEmpty()) {
                continue;
            }
            lines.add(line);
            if (lines.size() >= 20) {
                break;
            }
        }
        return new IpTextShape(command, lines);
    }

    /** What {@code ip} said instead of output ({@code Error: ...}, {@code RTNETLINK answers: ...}), if the line is that. */
    static Optional<String> toolError(String line) {
        String s = line.strip();
        return s.startsWith("Error: ") || s.startsWith("RTNETLINK answers: ") || s.startsWith("Cannot find device")
                || s.startsWith("Object \"") || s.equals("Dump terminated") ? Optional.of(s) : Optional.empty();
    }

    /**
     * What a text format can tell before looking at the lines themselves: a JSON body or an empty
     * head is not text output; a known {@code ip} command (not {@code -j}) decides alone, by
     * {@code wanted}. Empty when the lines must decide.
     */
    Optional<MatchStrength> textVerdict(Predicate<IpCommand> wanted) {
        if (json()) {
            return Optional.of(MatchStrength.NO_MATCH);
        }
        if (command.isPresent()) {
            IpCommand c = command.get();
            return Optional.of(!c.json() && wanted.test(c) ? MatchStrength.FULL : MatchStrength.NO_MATCH);
        }
        return lines.isEmpty() ? Optional.of(MatchStrength.NO_MATCH) : Optional.empty();
    }

    /** The body starts like JSON (an array or object). */
    boolean json() {
        return !lines.isEmpty() && (lines.getFirst().stripLeading().startsWith("[")
                || lines.getFirst().stripLeading().startsWith("{"));
    }

    boolean anyLineHas(String text) {
        return lines.stream().anyMatch(l -> l.contains(text));
    }

    /**
     * A line that reads as an {@code ip route get} answer: a host address (never a prefix) followed
     * by what only answers print ({@code from}, {@code uid}, or a {@code cache} line under it).
     */
    static boolean routeGetLike(String line) {
        String[] words = line.strip().split("\\s+");
        int at = RouteType.ofLabel(words[0]).isPresent() && words.length > 1 ? 1 : 0;
        return words[at].indexOf('/') < 0 && AddressText.address(words[at]) != null
                && (line.contains(" from ") || line.contains(" uid "));
    }

    /** A line that reads as a route: optional type, then a prefix or "default", then attributes. */
    static boolean routeLike(String line) {
        String[] words = line.strip().split("\\s+");
        int at = RouteType.ofLabel(words[0]).isPresent() && words.length > 1 ? 1 : 0;
        if (AddressText.prefix(words[at], false) == null) {
            return false;
        }
        return words.length == at + 1 || line.contains(" dev ") || line.contains(" via ") || line.contains(" nhid ")
                || line.contains(" proto ") || line.contains(" metric ") || at == 1;
    }
}
