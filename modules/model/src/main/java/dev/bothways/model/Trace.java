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

    /** True when some hop's responder is the target itself. */
    public boolean reachedTarget() {
        return target.isPresent() && hops.stream()
                .flatMap(h -> h.fact().responders().stream())
                .anyMatch(r -> r.address().equals(target));
    }
}
