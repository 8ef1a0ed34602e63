package dev.bothways.model.netfilter;

import java.util.Locale;
import java.util.Optional;

/** The address family of an nftables table; iptables tables are {@link #IP}, ip6tables ones {@link #IP6}. */
public enum NetfilterFamily {
    IP, IP6, INET, ARP, BRIDGE, NETDEV;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NetfilterFamily> ofLabel(String label) {
        for (NetfilterFamily f : values()) {
            if (f.label().equals(label)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
