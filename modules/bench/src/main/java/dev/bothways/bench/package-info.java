/**
 * The route-import benchmark: generates a full Internet table in FRR's {@code show ip route json}
 * shape and in {@code ip route show} text, then times Bothways importing each (in a fresh,
 * heap-capped JVM) against {@code jq empty} on the same file, and prints the ratios. And the 50-host
 * case benchmark: generates a case folder of a fabric of 48 routers and firewalls with full tables,
 * then times loading and analysing it (in a fresh JVM) against {@code cat} and {@code jq}.
 */
@NullMarked
package dev.bothways.bench;

import org.jspecify.annotations.NullMarked;
