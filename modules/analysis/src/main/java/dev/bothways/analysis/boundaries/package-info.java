/** Nodes that keep per-flow state, and what each saw of the flow: the verdict line at every state boundary. */
@NullMarked
package dev.bothways.analysis.boundaries;

import org.jspecify.annotations.NullMarked;
