/**
 * FRR's routing information base as {@code vtysh -c "show ip route"} prints it: entries per prefix
 * with their protocol, selection and FIB state, and their next hops (ECMP, recursive, labelled).
 * Kept apart from the kernel's routes ({@code ip route}), which have their own records.
 */
@NullMarked
package dev.bothways.model.frr;

import org.jspecify.annotations.NullMarked;
