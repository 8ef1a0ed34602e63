/** The forward and return lanes of a flow, assembled from traced paths, and where they diverge. */
@NullMarked
package dev.bothways.analysis.lanes;

import org.jspecify.annotations.NullMarked;
