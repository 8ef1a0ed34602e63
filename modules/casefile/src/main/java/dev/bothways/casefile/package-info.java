/**
 * Cases on disk: reading a case folder as the collector leaves it (one subfolder per host, an
 * optional {@code case.json}), and the saved case file.
 */
@NullMarked
package dev.bothways.casefile;

import org.jspecify.annotations.NullMarked;
