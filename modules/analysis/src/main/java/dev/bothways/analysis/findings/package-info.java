/** Conclusions: what happened to the flow, who is to blame, how sure, against what, and what to do next. */
@NullMarked
package dev.bothways.analysis.findings;

import org.jspecify.annotations.NullMarked;
