/**
 * Linux policy routing as the kernel does it, over one host's evidence: the rule chosen from the
 * policy database, the longest-prefix route in that rule's table, the egress interface and source,
 * and the reverse-path filter's verdict on a packet that arrives. Pure functions: no I/O, no clocks.
 */
@NullMarked
package dev.bothways.analysis.routing;

import org.jspecify.annotations.NullMarked;
