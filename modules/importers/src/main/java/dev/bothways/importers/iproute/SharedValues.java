package dev.bothways.importers.iproute;

import dev.bothways.model.NextHop;
import java.net.InetAddress;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values a full routing table repeats on every line (device and protocol names, a handful of
 * gateways, the same single next hop) read once and shared between routes: the records are
 * immutable, so a million routes can point at the same few objects. Bounded, so hostile input
 * with endless distinct values costs no more than no sharing at all.
 */
final class SharedValues {
    private static final int LIMIT = 1 << 14;

    private final Map<String, Optional<String>> words = new HashMap<>();
    private final Map<String, Optional<InetAddress>> addresses = new HashMap<>();
    private final Map<Long, Optional<Long>> numbers = new HashMap<>();
    private final Map<NextHop, List<NextHop>> singleHops = new HashMap<>();

    Optional<String> word(String text) {
        return share(words, text, Optional::of);
    }

    Optional<InetAddress> address(String text) {
        return share(addresses, text, t -> Optional.ofNullable(AddressText.address(t)));
    }

    Optional<Long> number(long value) {
        return share(numbers, value, Optional::of);
    }

    /** The one-element list holding {@code hop}, shared with every equal hop seen before. */
    List<NextHop> single(NextHop hop) {
        return share(singleHops, hop, List::of);
    }

    private static <K, V> V share(Map<K, V> map, K key, Function<K, V> make) {
        V value = map.get(key);
        if (value != null) {
            return value;
        }
        value = make.apply(key);
        if (map.size() < LIMIT) {
            map.put(key, value);
        }
        return value;
    }
}
