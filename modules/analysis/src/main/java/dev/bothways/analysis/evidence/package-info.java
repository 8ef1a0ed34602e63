/** A case's evidence sorted by host and by kind, and matched against the flow of interest. */
@NullMarked
package dev.bothways.analysis.evidence;

import org.jspecify.annotations.NullMarked;
