package dev.bothways.model.frr;

import java.util.Optional;

/** The route sources FRR names in its codes legend and its JSON {@code protocol} field. */
public enum RibProtocol {
    KERNEL('K', "kernel"), CONNECTED('C', "connected"), LOCAL('L', "local"), STATIC('S', "static"),
    RIP('R', "rip"), RIPNG('R', "ripng"), OSPF('O', "ospf"), OSPF6('O', "ospf6"), ISIS('I', "isis"),
    BGP('B', "bgp"), EIGRP('E', "eigrp"), NHRP('N', "nhrp"), TABLE('T', "table"), VNC('v', "vnc"),
    VNC_DIRECT('V', "vnc-direct"), BABEL('A', "babel"), SHARP('D', "sharp"), PBR('F', "pbr"),
    OPENFABRIC('f', "openfabric"), TABLE_DIRECT('t', "table-direct"), OTHER('?', "other");

    private final char code;
    private final String label;

    RibProtocol(char code, String label) {
        this.code = code;
        this.label = label;
    }

    public char code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The protocol of a text line's first column; IPv6 tables use the same letters. */
    public static Optional<RibProtocol> ofCode(char code, boolean ipv6) {
        if (code == 'R') {
            return Optional.of(ipv6 ? RIPNG : RIP);
        }
        if (code == 'O') {
            return Optional.of(ipv6 ? OSPF6 : OSPF);
        }
        for (RibProtocol p : values()) {
            if (p.code == code && p != OTHER) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** The protocol of a JSON {@code "protocol"} value; {@link #OTHER} when unknown. */
    public static RibProtocol ofLabel(String label) {
        for (RibProtocol p : values()) {
            if (p.label.equals(label)) {
                return p;
            }
        }
        return OTHER;
    }
}
