/**
 * Linux conntrack: the table ({@code conntrack -L}, {@code -o extended}, {@code /proc/net/nf_conntrack})
 * and the event stream ({@code conntrack -E}, {@code -o timestamp}), one line an entry.
 */
@NullMarked
package dev.bothways.importers.conntrack;

import org.jspecify.annotations.NullMarked;
