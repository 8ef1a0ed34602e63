package dev.bothways.analysis.evidence;

import dev.bothways.analysis.CaptureArtifact;
import dev.bothways.model.kernellog.LogStamp;
import dev.bothways.model.kernellog.LogTime;
import java.time.Instant;
import java.util.List;

/**
 * The time the case's captures cover, widened by a margin: kernel log lines stamped outside it
 * belong to an earlier incident (the kernel log keeps everything since boot), so they are no
 * evidence about this one. Lines without a full timestamp are kept.
 */
record LogWindow(long fromNanos, long toNanos) {
    private static final long MARGIN = 30_000_000_000L;

    static LogWindow of(List<CaptureArtifact> captures) {
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (CaptureArtifact c : captures) {
            if (c.sightings().packets() > 0) {
                from = Math.min(from, c.sightings().firstNanos());
                to = Math.max(to, c.sightings().lastNanos());
            }
        }
        return from == Long.MAX_VALUE ? new LogWindow(Long.MIN_VALUE, Long.MAX_VALUE)
                : new LogWindow(from - MARGIN, to + MARGIN);
    }

    boolean holds(LogStamp stamp) {
        if (stamp.clock().isEmpty() || !(stamp.clock().get() instanceof LogTime.Zoned zoned)) {
            return true;
        }
        Instant at = zoned.time().toInstant();
        long nanos = at.getEpochSecond() * 1_000_000_000L + at.getNano();
        return nanos >= fromNanos && nanos <= toNanos;
    }
}
