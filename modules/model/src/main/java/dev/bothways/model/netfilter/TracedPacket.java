package dev.bothways.model.netfilter;

import dev.bothways.model.Addresses;
import dev.bothways.model.FiveTuple;
import dev.bothways.model.Protocol;
import java.net.InetAddress;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The packet of an {@code nft monitor trace} {@code packet:} line, as far as it matters here.
 *
 * @param tcpFlags as printed after {@code tcp flags ==}: a name ({@code syn}, {@code ack}) or a value ({@code 0x12})
 * @param ipId     the IPv4 identification, to match the same packet in a capture
 */
public record TracedPacket(Optional<String> inInterface, Optional<String> outInterface, Optional<String> source,
                           Optional<String> destination, Protocol protocol, OptionalInt sourcePort,
                           OptionalInt destinationPort, Optional<String> tcpFlags, OptionalInt ipId) {

    public Optional<FiveTuple> flow() {
        Optional<InetAddress> src = source.flatMap(Addresses::parse);
        Optional<InetAddress> dst = destination.flatMap(Addresses::parse);
        if (src.isEmpty() || dst.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FiveTuple(protocol, src.get(), sourcePort.orElse(0), dst.get(),
                destinationPort.orElse(0)));
    }
}
