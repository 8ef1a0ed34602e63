package dev.bothways.capture.flow;

/** Zeek's TCP endpoint states, as far as the headers of one capture show them. */
enum TcpEndpoint {
    INACTIVE, SYN_SENT, SYN_ACK_SENT, PARTIAL, ESTABLISHED, CLOSED, RESET
}
