package dev.bothways.model.frr;

/** How a next hop forwards: to a gateway, straight out an interface, or nowhere. */
public enum NextHopKind {
    GATEWAY, DIRECTLY_CONNECTED, BLACKHOLE, UNREACHABLE, PROHIBITED
}
