package dev.bothways.analysis.routing;

import dev.bothways.model.Provenance;
import java.util.List;
import java.util.Optional;

/**
 * What the reverse-path filter does with an arriving packet.
 *
 * @param mode              the effective mode: the larger of {@code all} and the interface's setting
 * @param accepts           false when the kernel drops the packet as a martian
 * @param expectedInterface the interface the route back to the source leaves by (the one a strict
 *                          filter wants the packet to arrive on), when there is one
 * @param evidence          the sysctl lines that set the mode and the rule and route of the reverse lookup
 * @param reverse           the reverse route lookup the check made, when it made one
 */
public record RpFilterVerdict(RpFilterMode mode, boolean accepts, Optional<String> expectedInterface,
                              List<Provenance> evidence, String reason, Optional<RoutingDecision> reverse) {
    public RpFilterVerdict {
        evidence = List.copyOf(evidence);
    }

    public RpFilterVerdict(RpFilterMode mode, boolean accepts, Optional<String> expectedInterface,
                           List<Provenance> evidence, String reason) {
        this(mode, accepts, expectedInterface, evidence, reason, Optional.empty());
    }
}
