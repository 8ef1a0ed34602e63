package dev.bothways.capture.read;

import java.util.Optional;

/**
 * One capture interface: the single implicit one of a pcap file, or an Interface Description
 * Block of a pcapng section. {@code index} counts interfaces across all sections of a file;
 * {@code filter} is the capture filter as {@code if_filter} states it (pcap files state none).
 * {@code unitsPerSecond} and {@code offsetSeconds} turn raw timestamps into time
 * ({@code if_tsresol}, {@code if_tsoffset}).
 */
public record CaptureInterface(int index, int section, int linkType, int snapLength,
                               Optional<String> name, Optional<String> description,
                               Optional<String> filter, long unitsPerSecond, boolean binaryResolution,
                               int resolutionExponent, long offsetSeconds) {

    /** Nanoseconds since the epoch for a raw timestamp in this interface's units. */
    public long toNanos(long raw) {
        long nanos;
        if (binaryResolution) {
            if (resolutionExponent >= 63) {
                nanos = (long) (Math.scalb((double) raw, -resolutionExponent) * 1e9);
            } else {
                long seconds = raw >>> resolutionExponent;
                long fraction = raw & ((1L << resolutionExponent) - 1);
                long fractionNanos = resolutionExponent <= 32
                        ? (fraction * 1_000_000_000L) >>> resolutionExponent
                        : (long) Math.scalb((double) fraction * 1e9, -resolutionExponent);
                nanos = seconds * 1_000_000_000L + fractionNanos;
            }
        } else if (unitsPerSecond == 1_000_000_000L) {
            nanos = raw;
        } else if (unitsPerSecond < 1_000_000_000L) {
            nanos = raw * (1_000_000_000L / unitsPerSecond);
        } else {
            nanos = raw / (unitsPerSecond / 1_000_000_000L);
        }
        return nanos + offsetSeconds * 1_000_000_000L;
    }

    /** How the interface is shown to people: its name, else "interface N". */
    public String displayName() {
        return name.orElse("interface " + index);
    }
}
