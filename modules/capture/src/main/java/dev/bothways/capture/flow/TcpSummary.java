package dev.bothways.capture.flow;

/**
 * What the TCP headers of a flow showed: how many SYNs (without ACK) and SYN-ACKs, whether the
 * client's ACK completing the handshake was seen, resets, FINs, retransmissions (a segment whose
 * sequence numbers were all sent before), and Zeek's connection state.
 */
public record TcpSummary(long syn, long synAck, boolean handshakeAck, long rst, long fin,
                         long retransmissions, ConnState connState) {
}
