package dev.bothways.model.kernellog;

import java.time.Duration;
import java.util.Optional;

/**
 * Where and when a kernel log line was written.
 *
 * @param clock     the wall-clock time the logger added, if any
 * @param sinceBoot the kernel's own {@code [12345.678901]} stamp (seconds since boot), if printed
 * @param host      the host name syslog or journald added, if any
 */
public record LogStamp(Optional<LogTime> clock, Optional<Duration> sinceBoot, Optional<String> host) {
    public static LogStamp none() {
        return new LogStamp(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
