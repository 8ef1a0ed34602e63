package dev.bothways.model.kernellog;

import dev.bothways.model.Addresses;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Protocol;
import java.net.InetAddress;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One packet logged by netfilter ({@code LOG} target or nft {@code log}): {@code IN= OUT= MAC=
 * SRC= DST= ... PROTO= SPT= DPT= ... SYN ACK}. Addresses are kept as written, since pasted logs
 * are often anonymised; {@link #flow()} gives the typed 5-tuple when they are addresses.
 *
 * @param prefix       the rule's log prefix as printed, stripped ({@code [UFW BLOCK]}); empty when none
 * @param inInterface  empty when {@code IN=} is empty (locally generated packet)
 * @param outInterface empty when {@code OUT=} is empty (packet for this host)
 * @param protocolName {@code PROTO=} as written ({@code TCP}, {@code 2})
 * @param ctState      {@code STATE=} when the rule logged it, e.g. {@code INVALID}
 * @param fields       every {@code KEY=value} field as printed (later duplicates, such as UDP's second
 *                     {@code LEN=}, under {@code KEY#2})
 */
public record KernelLogPacket(LogStamp stamp, String prefix, Optional<String> inInterface,
                              Optional<String> outInterface, String source, String destination,
                              Protocol protocol, String protocolName, OptionalInt sourcePort,
                              OptionalInt destinationPort, Set<TcpFlag> tcpFlags, Optional<String> ctState,
                              Map<String, String> fields) {
    public KernelLogPacket {
        tcpFlags = Set.copyOf(tcpFlags);
        fields = Map.copyOf(fields);
    }

    /** Forwarded packets have both an in and an out interface. */
    public boolean forwarded() {
        return inInterface.isPresent() && outInterface.isPresent();
    }

    public Optional<FiveTuple> flow() {
        Optional<InetAddress> src = Addresses.parse(source);
        Optional<InetAddress> dst = Addresses.parse(destination);
        if (src.isEmpty() || dst.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FiveTuple(protocol, src.get(), sourcePort.orElse(0), dst.get(),
                destinationPort.orElse(0)));
    }
}
