package dev.bothways.capture.packets;

import dev.bothways.capture.CaptureDiagnostic;
import dev.bothways.capture.read.CaptureInterface;
import dev.bothways.model.ArtifactId;
import dev.bothways.model.FiveTuple;
import java.util.List;

/**
 * What one capture saw of its TCP and UDP flows (bounded per flow) and the ICMP errors that quote
 * them, the time it covered, and what went wrong reading it.
 *
 * @param firstNanos time of its first packet (0 when it has none)
 * @param lastNanos  time of its last packet
 * @param complete   false when a flow had more packets than were kept
 */
public record CapturedPackets(ArtifactId artifact, List<CapturedPacket> sightings, List<CaptureInterface> interfaces,
                               long packets, long firstNanos, long lastNanos, long droppedByInterfaces,
                               List<CaptureDiagnostic> diagnostics, boolean complete) {
    public CapturedPackets {
        sightings = List.copyOf(sightings);
        interfaces = List.copyOf(interfaces);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The packets of one flow in either direction, and the ICMP errors quoting it, in capture order. */
    public List<CapturedPacket> of(FiveTuple flow) {
        FiveTuple back = flow.reversed();
        return sightings.stream().filter(s -> s.tuple().equals(flow) || s.tuple().equals(back)
                || s.quoted().filter(q -> q.equals(flow) || q.equals(back)).isPresent()).toList();
    }

    /** True when the capture ran at {@code nanos}, between its first and last packet. */
    public boolean covers(long nanos) {
        return packets > 0 && nanos >= firstNanos && nanos <= lastNanos;
    }
}
