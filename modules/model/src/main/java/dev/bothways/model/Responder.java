package dev.bothways.model;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * One address that answered probes at a hop, with the name it reported, its round-trip times
 * and any annotations the tool printed ({@code !H}, {@code !X}, {@code [AS64500]}).
 */
public record Responder(InetAddress address, Optional<String> name, List<Double> rttMillis,
                        List<String> annotations) {
    public Responder {
        rttMillis = List.copyOf(rttMillis);
        annotations = List.copyOf(annotations);
    }
}
