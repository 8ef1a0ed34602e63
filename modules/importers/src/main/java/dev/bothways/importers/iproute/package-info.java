/**
 * iproute2 output, text and {@code -j} JSON: {@code ip addr}, {@code ip route} (streamed, for full
 * tables), {@code ip rule}, {@code ip route get} and {@code ip neigh}, IPv4 and IPv6.
 */
@NullMarked
package dev.bothways.importers.iproute;

import org.jspecify.annotations.NullMarked;
