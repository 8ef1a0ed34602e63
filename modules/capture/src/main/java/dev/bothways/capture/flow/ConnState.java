package dev.bothways.capture.flow;

/**
 * Zeek's {@code conn_state} for a TCP flow, from the originator's (client's) and responder's
 * (server's) last states. The descriptions are Zeek's.
 */
public enum ConnState {
    S0("connection attempt seen, no reply"),
    S1("connection established, not terminated"),
    SF("normal establishment and termination"),
    REJ("connection attempt rejected"),
    S2("established, close attempt by originator seen (no reply from responder)"),
    S3("established, close attempt by responder seen (no reply from originator)"),
    RSTO("established, originator aborted (sent a RST)"),
    RSTR("responder sent a RST"),
    RSTOS0("originator sent a SYN followed by a RST, never saw a SYN-ACK from the responder"),
    RSTRH("responder sent a SYN-ACK followed by a RST, never saw a SYN from the originator"),
    SH("originator sent a SYN followed by a FIN, never saw a SYN-ACK from the responder"),
    SHR("responder sent a SYN-ACK followed by a FIN, never saw a SYN from the originator"),
    OTH("no SYN seen, just midstream traffic");

    private final String description;

    ConnState(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
