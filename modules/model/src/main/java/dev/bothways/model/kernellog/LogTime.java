package dev.bothways.model.kernellog;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;

/** When a log line was written, in the form the tool printed: not every form is a full instant. */
public sealed interface LogTime {
    /** An instant with its offset: journalctl {@code -o short-iso}, RFC 5424 syslog. */
    record Zoned(OffsetDateTime time) implements LogTime {
    }

    /** A local date and time without zone: {@code dmesg -T}. */
    record Local(LocalDateTime time) implements LogTime {
    }

    /** Month, day and time without year or zone: classic syslog and journalctl {@code -o short}. */
    record Yearless(MonthDay day, LocalTime time) implements LogTime {
    }
}
