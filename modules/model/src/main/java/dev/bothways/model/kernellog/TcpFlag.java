package dev.bothways.model.kernellog;

import java.util.Optional;

/** TCP flags as the netfilter LOG target names them. */
public enum TcpFlag {
    CWR, ECE, URG, ACK, PSH, RST, SYN, FIN;

    public static Optional<TcpFlag> ofLabel(String label) {
        for (TcpFlag f : values()) {
            if (f.name().equals(label)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
