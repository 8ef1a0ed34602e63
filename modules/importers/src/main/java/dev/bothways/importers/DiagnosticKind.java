package dev.bothways.importers;

/** What is wrong with the input, in Wireshark's expert-info spirit. */
public enum DiagnosticKind {
    /** The text breaks the format's own rules. */
    MALFORMED,
    /** The input ends before the format says it should (half-pasted output, cut file). */
    TRUNCATED,
    /** Well-formed, but not something this parser reads. */
    UNSUPPORTED,
    /** Read, but odd enough that the user should look. */
    SUSPICIOUS,
    /** Not this format at all, or not text. */
    REFUSED
}
