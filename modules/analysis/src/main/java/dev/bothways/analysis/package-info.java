/**
 * The diagnosis: from the evidence of one case to its model (topology, the two lanes, where they
 * diverge, findings) and the two-lane layout. Pure functions over the model: no I/O, no clocks.
 */
@NullMarked
package dev.bothways.analysis;

import org.jspecify.annotations.NullMarked;
