package dev.bothways.model;

/** What a packet of a flow is, as far as a ladder diagram cares. */
public enum PacketKind {
    SYN, SYN_ACK, ACK, DATA, FIN, RST, DATAGRAM, ICMP, OTHER;

    public String label() {
        return switch (this) {
            case SYN_ACK -> "SYN-ACK";
            case DATAGRAM -> "datagram";
            case DATA -> "data";
            default -> name();
        };
    }
}
