/**
 * The domain of Bothways as immutable records: artifacts and the provenance of every piece of
 * evidence, addresses and flows, the topology of nodes and links, the two lanes, and findings.
 * Nothing here does I/O or knows about JavaFX.
 */
@NullMarked
package dev.bothways.model;

import org.jspecify.annotations.NullMarked;
