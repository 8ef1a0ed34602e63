package dev.bothways.model;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * One device that answered probes at a hop: its address (absent when the tool printed only a
 * name, as {@code tracepath} and {@code mtr} do without {@code -n}), the name it reported, its
 * round-trip times and any annotations the tool printed ({@code !H}, {@code !X}, {@code [AS64500]},
 * {@code reached}).
 *
 * @param returnHops how many hops the reply took back, when the tool saw it differ from the
 *                   forward TTL ({@code tracepath}'s {@code asymm N}); a sign of an asymmetric path
 */
public record Responder(Optional<InetAddress> address, Optional<String> name, List<Double> rttMillis,
                        List<String> annotations, Optional<Integer> returnHops) {
    public Responder {
        if (address.isEmpty() && name.isEmpty()) {
            throw new IllegalArgumentException("a responder has an address or a name");
        }
        rttMillis = List.copyOf(rttMillis);
        annotations = List.copyOf(annotations);
    }

    /** A responder known by its address, with no return-path hint. */
    public Responder(InetAddress address, Optional<String> name, List<Double> rttMillis, List<String> annotations) {
        this(Optional.of(address), name, rttMillis, annotations, Optional.empty());
    }

    /** The address if known, else the name: how the responder is shown. */
    public String label() {
        return address.map(Addresses::format).orElseGet(name::orElseThrow);
    }
}
