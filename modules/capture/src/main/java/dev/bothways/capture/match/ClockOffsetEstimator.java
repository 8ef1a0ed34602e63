package dev.bothways.capture.match;

import dev.bothways.model.ClockOffset;
import dev.bothways.model.Lane;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Estimates one capture point's clock offset to the reference from packets both saw, as NTP
 * does: packets of the forward lane show offset plus the one-way delay between the points, those
 * of the return lane offset minus it, so the offset is the mean of the two lanes' medians and the
 * uncertainty half their difference (the delay, which could be split unevenly) plus their spread.
 * With one lane only the delay cannot be told from the offset: the uncertainty is then the
 * longest handshake round trip seen, which bounds any one-way delay on the path.
 */
final class ClockOffsetEstimator {
    /** Assumed when nothing else is known: hosts running NTP agree to well within this. */
    static final long ASSUMED_UNCERTAINTY = 1_000_000_000L;

    private final List<Long> forward = new ArrayList<>();
    private final List<Long> reverse = new ArrayList<>();

    /** One packet seen at both points: its time at the point minus its time at the reference. */
    void add(Lane lane, long delta) {
        (lane == Lane.FORWARD ? forward : reverse).add(delta);
    }

    ClockOffset estimate(String point, String reference, long roundTripBound) {
        int samples = forward.size() + reverse.size();
        if (samples == 0) {
            return new ClockOffset(point, reference, 0, ASSUMED_UNCERTAINTY, 0, ClockOffset.Source.ASSUMED);
        }
        if (!forward.isEmpty() && !reverse.isEmpty()) {
            long mf = median(forward);
            long mr = median(reverse);
            long spread = Math.max(deviation(forward, mf), deviation(reverse, mr));
            return new ClockOffset(point, reference, Math.floorDiv(mf + mr, 2), Math.abs(mf - mr) / 2 + spread,
                    samples, ClockOffset.Source.BOTH_LANES);
        }
        List<Long> one = forward.isEmpty() ? reverse : forward;
        long m = median(one);
        long bound = roundTripBound > 0 ? roundTripBound : ASSUMED_UNCERTAINTY;
        return new ClockOffset(point, reference, m, bound + deviation(one, m), samples, ClockOffset.Source.ONE_LANE);
    }

    static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : Math.floorDiv(sorted[n / 2 - 1] + sorted[n / 2], 2);
    }

    /** Median absolute deviation from {@code center}. */
    private static long deviation(List<Long> values, long center) {
        List<Long> d = new ArrayList<>(values.size());
        for (long v : values) {
            d.add(Math.abs(v - center));
        }
        return median(d);
    }
}
