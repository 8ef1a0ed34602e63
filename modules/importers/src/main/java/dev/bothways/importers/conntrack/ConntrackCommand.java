package dev.bothways.importers.conntrack;

import dev.bothways.importers.Sniff;
import java.util.regex.Pattern;

/**
 * The command a head of conntrack output names, from the collector's header or else a shell prompt
 * on its first line ({@code # conntrack -L}), and how the two formats recognise theirs behind
 * {@code sudo} or {@code timeout}.
 */
final class ConntrackCommand {
    private static final Pattern PROMPT = Pattern.compile("^[#$]\\s+(.*)$");
    private static final String SUDO_TIMEOUT = "^(?:sudo\\s+)?(?:timeout\\s+(?:-s\\s+\\S+\\s+)?\\S+\\s+)?";

    private ConntrackCommand() {
    }

    /** A command pattern: {@code rest} after an optional {@code sudo} and {@code timeout [-s SIG] N}. */
    static Pattern pattern(String rest) {
        return Pattern.compile(SUDO_TIMEOUT + rest);
    }

    /** True when the head names a command {@code command} matches. */
    static boolean named(Sniff head, Pattern command) {
        String line = head.commandLine();
        var prompt = PROMPT.matcher(head.firstLine());
        if (line.isEmpty() && prompt.matches()) {
            line = prompt.group(1).strip();
        }
        return command.matcher(line).matches();
    }
}
