/**
 * Kernel logs as dmesg, syslog and journalctl print them: netfilter {@code LOG}/nft {@code log}
 * packet lines and {@code martian source} reports, read into {@link dev.bothways.model.kernellog.KernelLog}.
 */
@NullMarked
package dev.bothways.importers.kernellog;

import org.jspecify.annotations.NullMarked;
