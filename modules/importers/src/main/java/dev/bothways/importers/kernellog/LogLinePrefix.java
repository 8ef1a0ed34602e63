package dev.bothways.importers.kernellog;

import dev.bothways.model.kernellog.LogStamp;
import dev.bothways.model.kernellog.LogTime;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The front of a kernel log line, peeled off layer by layer: the logger's wall clock (ISO,
 * syslog, or dmesg {@code -T}), the host and {@code kernel:} tag, and the kernel's own
 * since-boot stamp. What remains is the kernel's message.
 *
 * @param recognised true when at least one layer looked like a log line's front
 * @param kernel     false when a logger tag names another program than the kernel
 */
record LogLinePrefix(LogStamp stamp, String message, boolean recognised, boolean kernel) {
    private static final Pattern ISO = Pattern.compile(
            "^(\\d{4}-\\d\\d-\\d\\d[T ]\\d\\d:\\d\\d:\\d\\d(?:[.,]\\d{1,9})?)(Z|[+-]\\d\\d:?\\d\\d)?\\s+(.*)$");
    private static final Pattern SYSLOG = Pattern.compile(
            "^([A-Z][a-z]{2})\\s+(\\d{1,2})\\s+(\\d\\d:\\d\\d:\\d\\d)(?:\\.\\d{1,9})?\\s+(.*)$");
    private static final Pattern HUMAN = Pattern.compile(
            "^\\[\\s*[A-Z][a-z]{2}\\s+([A-Z][a-z]{2})\\s+(\\d{1,2})\\s+(\\d\\d:\\d\\d:\\d\\d)\\s+(\\d{4})]\\s?(.*)$");
    private static final Pattern TAG = Pattern.compile("^(?:(\\S+)\\s+)?([\\w.@/-]+)(?:\\[\\d+])?:\\s?(.*)$");
    /** Messages that are the kernel's own even without a tag (dmesg prints none): a "host program:" look-alike is not one. */
    private static final Pattern KERNEL_MESSAGE = Pattern.compile(
            "^(?:ll header: |IPv4: martian |martian )|\\bIN=\\S*\\s+OUT=");
    private static final Pattern UPTIME = Pattern.compile("^\\[\\s*(\\d{1,10})\\.(\\d{1,9})]\\s?(.*)$");
    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MMM d", Locale.ENGLISH);
    private static final DateTimeFormatter HUMAN_TIME = DateTimeFormatter.ofPattern("MMM d HH:mm:ss yyyy",
            Locale.ENGLISH);

    static LogLinePrefix read(String line) {
        String rest = line;
        Optional<LogTime> clock = Optional.empty();
        Optional<String> host = Optional.empty();
        Optional<Duration> sinceBoot = Optional.empty();
        boolean recognised = false;
        boolean kernel = true;
        boolean tagExpected = false;
        Matcher m;
        if ((m = ISO.matcher(rest)).matches() && (clock = iso(m.group(1), m.group(2))).isPresent()) {
            rest = m.group(3);
            tagExpected = true;
        } else if ((m = SYSLOG.matcher(rest)).matches() && (clock = yearless(m)).isPresent()) {
            rest = m.group(4);
            tagExpected = true;
        } else if ((m = HUMAN.matcher(rest)).matches() && (clock = human(m)).isPresent()) {
            rest = m.group(5);
        }
        recognised = clock.isPresent();
        if (tagExpected || rest.startsWith("kernel:")) {
            Matcher tag = TAG.matcher(rest);
            if (tag.matches() && (tag.group(2).equals("kernel") || !KERNEL_MESSAGE.matcher(rest).find())) {
                host = Optional.ofNullable(tag.group(1));
                kernel = tag.group(2).equals("kernel");
                rest = tag.group(3);
                recognised = true;
            }
        }
        if ((m = UPTIME.matcher(rest)).matches()) {
            String nanos = (m.group(2) + "000000000").substring(0, 9);
            sinceBoot = Optional.of(Duration.ofSeconds(Long.parseLong(m.group(1)), Long.parseLong(nanos)));
            rest = m.group(3);
            recognised = true;
            Matcher tag = TAG.matcher(rest);
            if (host.isEmpty() && tag.matches() && tag.group(2).equals("kernel")) { // journalctl -o short-monotonic
                host = Optional.ofNullable(tag.group(1));
                rest = tag.group(3);
            }
        }
        return new LogLinePrefix(new LogStamp(clock, sinceBoot, host), rest, recognised, kernel);
    }

    private static Optional<LogTime> iso(String time, String offset) {
        String t = time.replace(',', '.').replace(' ', 'T');
        try {
            if (offset == null) {
                return Optional.of(new LogTime.Local(LocalDateTime.parse(t)));
            }
            String o = offset.equals("Z") || offset.contains(":") ? offset
                    : offset.substring(0, 3) + ":" + offset.substring(3);
            return Optional.of(new LogTime.Zoned(OffsetDateTime.parse(t + o)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<LogTime> yearless(Matcher m) {
        try {
            MonthDay day = MonthDay.parse(m.group(1) + " " + m.group(2), MONTH_DAY);
            return Optional.of(new LogTime.Yearless(day, LocalTime.parse(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LogTime> human(Matcher m) {
        try {
            return Optional.of(new LogTime.Local(LocalDateTime.parse(
                    m.group(1) + " " + m.group(2) + " " + m.group(3) + " " + m.group(4), HUMAN_TIME)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
