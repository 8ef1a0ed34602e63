package dev.bothways.capture.read;

/** Which file format a capture is in. */
public enum CaptureFormat {
    PCAP("pcap (microseconds)"),
    PCAP_NANOSECONDS("pcap (nanoseconds)"),
    PCAP_MODIFIED("modified pcap (Kuznetzov)"),
    PCAPNG("pcapng"),
    UNREADABLE("not a capture");

    private final String label;

    CaptureFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
