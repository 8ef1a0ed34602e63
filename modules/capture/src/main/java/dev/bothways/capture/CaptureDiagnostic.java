package dev.bothways.capture;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing a capture reader wants the user to know, located like a Jackson {@code JsonLocation}:
 * the packet number it is about (1-based as Wireshark counts; 0 when it is about the whole file)
 * and the byte offset in the file where the trouble starts.
 */
public record CaptureDiagnostic(long packet, long offset, Severity severity, Kind kind, String message) {

    /** How much a diagnostic matters. */
    public enum Severity {
        ERROR, WARNING, NOTE;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** What is wrong, in Wireshark's expert-info spirit. */
    public enum Kind {
        /** The file breaks its format's rules. */
        MALFORMED,
        /** The file ends in the middle of a packet or block. */
        TRUNCATED,
        /** Well-formed, but not something Bothways decodes (a link type, a format version). */
        UNSUPPORTED,
        /** Read, but odd enough that the user should look. */
        SUSPICIOUS,
        /** Not a capture file at all. */
        REFUSED
    }

    public CaptureDiagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        String where = packet > 0 ? "packet " + packet + " at byte " + offset : "byte " + offset;
        return where + ": " + severity.label() + ": " + message;
    }
}
