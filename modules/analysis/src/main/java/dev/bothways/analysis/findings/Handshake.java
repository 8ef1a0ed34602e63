package dev.bothways.analysis.findings;

import dev.bothways.analysis.evidence.FlowSightings;
import dev.bothways.capture.packets.CapturedPacket;
import dev.bothways.model.Provenance;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the two ends' captures say of the flow: whether each end captured at all, the SYN and
 * SYN-ACK on each side, retransmissions, and data that never arrived.
 */
record Handshake(FlowSightings client, FlowSightings server) {

    boolean clientCaptured() {
        return client.captured();
    }

    boolean serverCaptured() {
        return server.captured();
    }

    boolean clientSentSyn() {
        return client.sawSyn();
    }

    long clientSyns() {
        return client.count(CapturedPacket::syn, true);
    }

    boolean clientGotSynAck() {
        return client.sawSynAck();
    }

    boolean serverGotSyn() {
        return server.sawSyn();
    }

    boolean serverSentSynAck() {
        return server.sawSynAck();
    }

    /** Segments one side sent that the other side's capture never shows (by sequence number). */
    static List<CapturedPacket> neverArrived(List<CapturedPacket> sent, List<CapturedPacket> received) {
        Set<Long> arrived = new HashSet<>();
        received.stream().filter(s -> s.payloadLength() > 0).forEach(s -> arrived.add(s.seq()));
        return sent.stream().filter(s -> s.payloadLength() > 0 && !arrived.contains(s.seq())).toList();
    }

    static List<Provenance> cite(List<CapturedPacket> sightings, int limit) {
        return sightings.stream().limit(limit).map(s -> (Provenance) s.packet()).toList();
    }
}
