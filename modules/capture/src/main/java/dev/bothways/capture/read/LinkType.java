package dev.bothways.capture.read;

import java.util.Optional;

/** The link-layer header types (tcpdump.org LINKTYPE_ values) Bothways decodes down to IP. */
public enum LinkType {
    NULL(0, "BSD loopback"),
    ETHERNET(1, "Ethernet"),
    PPP(9, "PPP"),
    RAW_DLT(12, "raw IP"),
    RAW(101, "raw IP"),
    LOOP(108, "OpenBSD loopback"),
    LINUX_SLL(113, "Linux cooked v1"),
    IPV4(228, "raw IPv4"),
    IPV6(229, "raw IPv6"),
    NFLOG(239, "Linux NFLOG"),
    LINUX_SLL2(276, "Linux cooked v2");

    private final int code;
    private final String label;

    LinkType(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The decoded link type with this LINKTYPE_ number, or empty when Bothways does not decode it. */
    public static Optional<LinkType> ofCode(int code) {
        for (LinkType t : values()) {
            if (t.code == code) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** A readable name for any LINKTYPE_ number, decoded or not. */
    public static String describe(int code) {
        return ofCode(code).map(t -> t.label + " (" + code + ")").orElseGet(() -> switch (code) {
            case 105 -> "IEEE 802.11 (105)";
            case 127 -> "802.11 radiotap (127)";
            case 220 -> "USB Linux mmapped (220)";
            case 253 -> "Linux netlink (253)";
            default -> "link type " + code;
        });
    }
}
