package dev.bothways.model.kernellog;

import dev.bothways.model.Evidence;
import java.util.List;

/** The netfilter packet lines and martian reports of one kernel log, in the order printed. */
public record KernelLog(List<Evidence<KernelLogPacket>> packets, List<Evidence<MartianReport>> martians) {
    public KernelLog {
        packets = List.copyOf(packets);
        martians = List.copyOf(martians);
    }
}
