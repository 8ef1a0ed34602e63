package dev.bothways.model.netfilter;

import java.util.Optional;

/** The TCP state conntrack keeps for a connection, as {@code conntrack -L} prints it. */
public enum TcpConntrackState {
    NONE, SYN_SENT, SYN_RECV, ESTABLISHED, FIN_WAIT, CLOSE_WAIT, LAST_ACK, TIME_WAIT, CLOSE, SYN_SENT2, LISTEN;

    public static Optional<TcpConntrackState> ofLabel(String label) {
        for (TcpConntrackState s : values()) {
            if (s.name().equals(label)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
