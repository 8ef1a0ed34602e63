package dev.bothways.importers;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the first lines of an artifact say about where it came from: the collector's {@code #@ }
 * header, or a shell prompt line pasted with the output ({@code user@fw1:~$ ip route}).
 *
 * @param until       when a command that ran over a window (a capture, {@code conntrack -E}) stopped
 * @param headerLines how many leading lines belong to the header and are not the tool's output
 */
public record CollectorHeader(Optional<String> host, Optional<String> commandLine,
                              Optional<Instant> collectedAt, Optional<Instant> until, int headerLines) {

    public static final String PREFIX = "#@ ";
    private static final Pattern PROMPT = Pattern.compile(
            "^\\s*(?:\\[)?(?:[\\w.-]+)@([\\w.-]+)(?::[^$#]*)?(?:])?\\s*[$#]\\s+(\\S.*)$");

    public static CollectorHeader none() {
        return new CollectorHeader(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    /** Reads the header of {@code text}; {@link #none()} when it has neither form. */
    public static CollectorHeader read(String text) {
        String host = null;
        String command = null;
        Instant time = null;
        Instant until = null;
        int count = 0;
        for (String line : (Iterable<String>) text.lines()::iterator) {
            if (!line.startsWith(PREFIX)) {
                break;
            }
            count++;
            String body = line.substring(PREFIX.length());
            int colon = body.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = body.substring(0, colon).strip();
            String value = body.substring(colon + 1).strip();
            switch (key) {
                case "host" -> host = value;
                case "command" -> command = value;
                case "time" -> time = instant(value);
                case "until" -> until = instant(value);
                default -> { }
            }
        }
        if (count > 0) {
            return new CollectorHeader(Optional.ofNullable(host), Optional.ofNullable(command),
                    Optional.ofNullable(time), Optional.ofNullable(until), count);
        }
        return prompt(text);
    }

    private static CollectorHeader prompt(String text) {
        String first = text.lines().findFirst().orElse("");
        Matcher m = PROMPT.matcher(first);
        if (!m.matches()) {
            return none();
        }
        return new CollectorHeader(Optional.of(m.group(1)), Optional.of(m.group(2).strip()), Optional.empty(),
                Optional.empty(), 1);
    }

    private static Instant instant(String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
