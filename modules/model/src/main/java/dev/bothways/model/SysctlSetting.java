package dev.bothways.model;

import java.util.Optional;

/**
 * One kernel setting as {@code sysctl} prints it ({@code net.ipv4.conf.all.rp_filter = 1}),
 * keyed in sysctl's dotted form whether it was read as a name or as a {@code /proc/sys/...} path
 * (a dot inside an interface name is a slash there: {@code net.ipv4.conf.eth0/100.rp_filter}).
 */
public record SysctlSetting(String key, String value) {
    public static final String RP_FILTER = "rp_filter";

    /** The value as a whole number, when it is one. */
    public Optional<Long> number() {
        try {
            return Optional.of(Long.parseLong(value.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * For a per-interface IPv4/IPv6 setting ({@code net.ipv4.conf.<if>.<name>}), the interface
     * ("all", "default", "eth0", "eth0.100").
     */
    public Optional<String> interfaceName() {
        String[] parts = key.split("\\.");
        if (parts.length == 5 && parts[0].equals("net") && parts[2].equals("conf")) {
            return Optional.of(parts[3].replace('/', '.'));
        }
        return Optional.empty();
    }

    /** The last part of the key ("rp_filter"). */
    public String name() {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? key : key.substring(dot + 1);
    }
}
