package dev.bothways.importers.traceroute;

import dev.bothways.model.Addresses;
import dev.bothways.model.Responder;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The responders of one hop as traceroute and tracepath print them, in the order met: one per
 * address (or per name, when no address is shown), each gathering its round-trip times, its
 * annotations ({@code !H}, {@code [AS64500]}, {@code reached}) and the hops the reply came back over.
 */
public final class HopResponders {
    private final Map<String, ResponderBuilder> byKey = new LinkedHashMap<>();

    /** The responder at {@code address} (else named {@code name}), met before on this hop or new; a name learnt later is kept. */
    public ResponderBuilder responder(Optional<InetAddress> address, Optional<String> name) {
        String key = address.map(Addresses::format).orElseGet(() -> "name:" + name.orElseThrow());
        ResponderBuilder r = byKey.computeIfAbsent(key, k -> new ResponderBuilder(address, name));
        if (r.name.isEmpty() && name.isPresent()) {
            r.name = name;
        }
        return r;
    }

    public List<Responder> build() {
        return byKey.values().stream().map(ResponderBuilder::build).toList();
    }

    /** One responder while its hop is being read. */
    public static final class ResponderBuilder {
        private final Optional<InetAddress> address;
        private Optional<String> name;
        private final List<Double> rtts = new ArrayList<>();
        private final List<String> annotations = new ArrayList<>();
        private @Nullable Integer returnHops;

        private ResponderBuilder(Optional<InetAddress> address, Optional<String> name) {
            this.address = address;
            this.name = name;
        }

        public void rtt(double milliseconds) {
            rtts.add(milliseconds);
        }

        public void annotate(String annotation) {
            annotations.add(annotation);
        }

        public void annotateAll(List<String> more) {
            annotations.addAll(more);
        }

        public void returnHops(@Nullable Integer hops) {
            returnHops = hops;
        }

        Responder build() {
            return new Responder(address, name, rtts, annotations, Optional.ofNullable(returnHops));
        }
    }
}
