package dev.bothways.app.ui;

import dev.bothways.capture.match.PacketTrail;
import dev.bothways.model.Lane;
import dev.bothways.model.NodeId;
import dev.bothways.model.PacketKind;
import dev.bothways.model.Visibility;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One packet of the flow as the stepper shows it: its trail, when it first passed (seconds after
 * the flow's first packet, clock-corrected), what each capture point made of it, and where along
 * its lane it went.
 *
 * @param repeat     0 for the first packet of its kind and lane, 1 for its first retransmission, …
 * @param visibility each capture point's verdict on it (a point without an observation is absent)
 * @param seen       the points that saw it: those on its lane in lane order, then the others
 * @param onLane     the capture points its lane passes, in the order it passes them
 * @param stoppedAt  the first point of its lane after the last one that saw it, with that point's
 *                   verdict: NOT_SEEN (it provably never got there) or UNKNOWABLE
 * @param travelled  the lane's nodes from the first that saw it to the last, less those whose
 *                   capture provably missed it (the marker's path)
 * @param diedAt     the node where it died: the last that saw it when the next point of its lane
 *                   provably did not (or the node the top finding blames between them), or the last
 *                   that saw it when the top finding says this kind of packet was dropped there
 */
public record PacketStep(int index, PacketTrail trail, double seconds, int repeat, Map<String, Visibility> visibility,
                         List<String> seen, List<String> onLane, Optional<Stop> stoppedAt, List<NodeId> travelled,
                         Optional<NodeId> diedAt) {
    public PacketStep {
        visibility = Map.copyOf(visibility);
        seen = List.copyOf(seen);
        onLane = List.copyOf(onLane);
        travelled = List.copyOf(travelled);
    }

    /** Where a packet's trail stops along its lane, and whether that is proven. */
    public record Stop(String point, Visibility visibility) {
    }

    public Lane lane() {
        return trail.lane();
    }

    public PacketKind kind() {
        return trail.kind();
    }

    /** "SYN-ACK", or "SYN-ACK (again)" for a retransmission. */
    public String label() {
        return kind().label() + (repeat > 0 ? " (again)" : "");
    }

    public Optional<String> lastSeen() {
        return seen.isEmpty() ? Optional.empty() : Optional.of(travelled.isEmpty()
                ? seen.get(seen.size() - 1) : travelled.get(travelled.size() - 1).value());
    }

    /** The points that provably did not see it, in lane order first. */
    public List<String> notSeen() {
        return java.util.stream.Stream.concat(onLane.stream(), visibility.keySet().stream().sorted())
                .distinct().filter(p -> visibility.get(p) == Visibility.NOT_SEEN).toList();
    }
}
