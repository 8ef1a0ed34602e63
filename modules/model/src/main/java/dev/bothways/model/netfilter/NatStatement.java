package dev.bothways.model.netfilter;

import java.util.Optional;

/**
 * A NAT statement of a rule.
 *
 * @param to the new address, range or port as written ({@code 198.51.100.1}, {@code 10.0.0.2:8080}); empty for masquerade
 */
public record NatStatement(NatKind kind, Optional<String> to) {
    @Override
    public String toString() {
        return kind.name().toLowerCase(java.util.Locale.ROOT) + to.map(t -> " to " + t).orElse("");
    }
}
