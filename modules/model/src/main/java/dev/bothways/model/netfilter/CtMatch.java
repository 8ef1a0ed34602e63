package dev.bothways.model.netfilter;

import java.util.Set;

/**
 * A rule's match on conntrack state or status: the packet matches when its value is one of
 * {@code values}, or when it is none of them if {@code negated}.
 *
 * @param <V> {@link CtState} or {@link CtStatus}
 */
public record CtMatch<V extends Enum<V>>(boolean negated, Set<V> values) {
    public CtMatch {
        values = Set.copyOf(values);
    }

    public static <V extends Enum<V>> CtMatch<V> of(Set<V> values) {
        return new CtMatch<>(false, values);
    }

    /** True when a packet in {@code value} matches. */
    public boolean matches(V value) {
        return values.contains(value) != negated;
    }
}
