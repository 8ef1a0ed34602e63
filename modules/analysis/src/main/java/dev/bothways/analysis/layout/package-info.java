/** Positions for the two-lane drawing, computed here so they can be tested and exported. */
@NullMarked
package dev.bothways.analysis.layout;

import org.jspecify.annotations.NullMarked;
