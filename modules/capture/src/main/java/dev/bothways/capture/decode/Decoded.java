package dev.bothways.capture.decode;

/** How far {@link PacketDecoder} got with a frame. */
public enum Decoded {
    /** IP with a transport header (or an IP protocol without ports): ready for the flow index. */
    TRANSPORT,
    /** An IP fragment after the first, or a transport header cut off by the snap length. */
    IP_ONLY,
    /** A frame that carries no IP (ARP, LLDP, STP, ...). */
    NOT_IP,
    /** A link type Bothways does not decode. */
    UNSUPPORTED_LINK,
    /** The captured bytes end inside a link or IP header. */
    CUT_SHORT
}
