package dev.bothways.model;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * A path traced from one host toward a target (traceroute, tracepath, mtr), hop by hop, each hop
 * with the lines it came from.
 */
public record Trace(Optional<InetAddress> target, Optional<String> targetName,
                    List<Evidence<Hop>> hops) {
    public Trace {
        hops = List.copyOf(hops);
    }

    /** The annotation with which a tool says a responder is the target ({@code tracepath}'s {@code reached}). */
    public static final String REACHED = "reached";

    /** True when some hop's responder is the target itself, by address or by the tool's own word. */
    public boolean reachedTarget() {
        return hops.stream()
                .flatMap(h -> h.fact().responders().stream())
                .anyMatch(r -> target.isPresent() && r.address().equals(target) || r.annotations().contains(REACHED));
    }
}
