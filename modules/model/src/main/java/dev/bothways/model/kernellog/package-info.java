/**
 * Kernel log lines that matter to asymmetric routing: packets logged by netfilter ({@code LOG}
 * target, nft {@code log}) and {@code martian source} reports of reverse-path filtering, each with
 * the time forms dmesg and journald print.
 */
@NullMarked
package dev.bothways.model.kernellog;

import org.jspecify.annotations.NullMarked;
