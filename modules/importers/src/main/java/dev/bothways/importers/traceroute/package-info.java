/** Traceroute output (Linux, BSD and macOS forms, IPv4 and IPv6, names or {@code -n}). */
@NullMarked
package dev.bothways.importers.traceroute;

import org.jspecify.annotations.NullMarked;
