package dev.bothways.importers;

import java.util.Optional;
import java.util.Set;

/**
 * A command line pasted above a tool's output: bare ({@code ip route}), after a shell prompt
 * ({@code root@fw1:~# ip rule show}, {@code # ip rule list}, {@code user@host ~/dir> ip route}) or
 * with {@code sudo}. Parsers skip such lines; detection uses them as a hint.
 */
public final class PastedCommand {
    /** {@code C:\\Users\\ops>tracert ...}: no space after the {@code >}. */
    private static final java.util.regex.Pattern WINDOWS_PROMPT = java.util.regex.Pattern.compile("^([A-Za-z]:\\\\[^>]*>).*");
    private PastedCommand() {
    }

    /** The last word of a command when it is not an option: the target of traceroute, mtr, tracepath. */
    public static Optional<String> target(String command) {
        String[] words = command.strip().split("\\s+");
        String last = words[words.length - 1];
        return words.length > 1 && !last.startsWith("-") ? Optional.of(last) : Optional.empty();
    }

    /** The command, from the tool's name on, when {@code line} is one of {@code tools} being run. */
    public static Optional<String> find(String line, Set<String> tools) {
        String s = line.strip();
        if (s.length() > 1000) {
            return Optional.empty();
        }
        java.util.regex.Matcher windows = WINDOWS_PROMPT.matcher(s);
        if (windows.matches()) {
            Optional<String> command = commandAt(s, windows.end(1), tools);
            if (command.isPresent()) {
                return command;
            }
        }
        for (int from = 0; from <= s.length(); ) {
            Optional<String> here = commandAt(s, from, tools);
            if (here.isPresent()) {
                return here;
            }
            int next = nextPromptEnd(s, from);
            if (next < 0) {
                return Optional.empty();
            }
            from = next;
        }
        return Optional.empty();
    }

    private static int nextPromptEnd(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '$' || c == '#' || c == '>' || c == '%') && (i + 1 == s.length() || s.charAt(i + 1) == ' ')) {
                int j = i + 1;
                while (j < s.length() && s.charAt(j) == ' ') {
                    j++;
                }
                return j;
            }
        }
        return -1;
    }

    private static Optional<String> commandAt(String s, int from, Set<String> tools) {
        String rest = s.substring(from);
        if (rest.startsWith("sudo ")) {
            rest = rest.substring(5).stripLeading();
        }
        if (rest.startsWith("timeout ")) { // timeout [-s SIGNAL] DURATION command...
            String[] words = rest.split("\\s+", 4);
            int skip = words.length > 2 && words[1].startsWith("-") ? 3 : 2;
            rest = words.length > skip ? String.join(" ", java.util.Arrays.copyOfRange(words, skip, words.length)) : "";
        }
        if (rest.startsWith("./")) {
            rest = rest.substring(2);
        }
        int space = rest.indexOf(' ');
        String word = space < 0 ? rest : rest.substring(0, space);
        int slash = word.lastIndexOf('/');
        if (slash >= 0 && slash < word.length() - 1) {
            word = word.substring(slash + 1);
        }
        return tools.contains(word) ? Optional.of(rest.strip()) : Optional.empty();
    }
}
