/**
 * The route-import benchmark: generates a full Internet table in FRR's {@code show ip route json}
 * shape and in {@code ip route show} text, then times Bothways importing each (in a fresh,
 * heap-capped JVM) against {@code jq empty} on the same file, and prints the ratios.
 */
@NullMarked
package dev.bothways.bench;

import org.jspecify.annotations.NullMarked;
