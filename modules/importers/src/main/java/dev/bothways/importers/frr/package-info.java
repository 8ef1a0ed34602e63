/**
 * FRR's RIB as {@code vtysh} prints it: {@code show ip route} / {@code show ipv6 route} text and
 * their {@code json} forms (streamed: a full Internet table is hundreds of megabytes).
 */
@NullMarked
package dev.bothways.importers.frr;

import org.jspecify.annotations.NullMarked;
