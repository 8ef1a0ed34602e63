/**
 * Linux {@code sysctl} output ({@code sysctl -a}, single settings, {@code /proc/sys} paths): the
 * kernel settings that decide reverse-path filtering, forwarding and multipath hashing.
 */
@NullMarked
package dev.bothways.importers.sysctl;

import org.jspecify.annotations.NullMarked;
