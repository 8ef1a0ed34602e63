package dev.bothways.capture.match;

import dev.bothways.model.FiveTuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One conntrack entry's two tuples, as {@code conntrack -L} prints them: {@code original} (the
 * client's view, client to server) and {@code reply} (how the server's answer looks, server to the
 * translated client). Packets seen outside the NAT are mapped back to the original tuple.
 */
public record NatMapping(FiveTuple original, FiveTuple reply) {
    public NatMapping {
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(reply, "reply");
    }

    /** A lookup from every directional tuple a NAT'ed flow shows to its original-side form. */
    static Map<FiveTuple, FiveTuple> translations(List<NatMapping> mappings) {
        Map<FiveTuple, FiveTuple> out = new HashMap<>();
        for (NatMapping m : mappings) {
            out.put(m.original(), m.original());
            out.put(m.original().reversed(), m.original().reversed());
            out.put(m.reply().reversed(), m.original());
            out.put(m.reply(), m.original().reversed());
        }
        return out;
    }
}
