package dev.bothways.model.netfilter;

import java.util.Optional;

/** A rule's verdict; {@code target} is the chain of a {@link VerdictKind#JUMP} or {@link VerdictKind#GOTO}. */
public record Verdict(VerdictKind kind, Optional<String> target) {
    public static Verdict of(VerdictKind kind) {
        return new Verdict(kind, Optional.empty());
    }

    public static Verdict to(VerdictKind kind, String chain) {
        return new Verdict(kind, Optional.of(chain));
    }

    @Override
    public String toString() {
        return kind.label() + target.map(t -> " " + t).orElse("");
    }
}
