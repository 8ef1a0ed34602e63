package dev.bothways.model.kernellog;

import java.util.Optional;

/**
 * A {@code martian source D from S, on dev X} report (with its {@code ll header:} line, when
 * printed): the kernel dropped a packet from {@code source} to {@code destination} that arrived on
 * {@code device}, typically because strict rp_filter would route the reply out another interface.
 *
 * @param linkHeader the hex bytes of the {@code ll header:} line that follows the report
 */
public record MartianReport(LogStamp stamp, MartianKind kind, String destination, String source, String device,
                            Optional<String> linkHeader) {
}
