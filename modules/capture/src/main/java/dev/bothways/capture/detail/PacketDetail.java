package dev.bothways.capture.detail;

import java.util.List;
import java.util.Optional;

/**
 * One packet taken apart for the detail view: its layers with their fields, each field with the
 * bytes it came from, and the bytes as a hex dump.
 */
public record PacketDetail(PacketBytes packet, List<DetailLayer> layers, HexDump hex) {
    public PacketDetail {
        layers = List.copyOf(layers);
    }

    /** Decodes the packet with pcap4j, as far as it goes; never throws on odd bytes. */
    public static PacketDetail of(PacketBytes packet) {
        return new PacketDetail(packet, Dissector.dissect(packet), HexDump.of(packet.data()));
    }

    /** The first layer with this name ("Transmission Control Protocol"). */
    public Optional<DetailLayer> layer(String name) {
        return layers.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    /** The most specific field covering byte {@code index}, as Wireshark selects one when a byte is clicked; empty for none. */
    public Optional<DetailField> fieldAt(int index) {
        Optional<DetailField> found = Optional.empty();
        for (DetailLayer layer : layers) {
            Optional<DetailField> in = deepest(layer.fields(), index);
            if (in.isPresent()) {
                found = in;
            }
        }
        return found;
    }

    /**
     * The field covering {@code index}, or below it the child that covers fewer of its bytes; a bit
     * field is never chosen over the field whose bits it names.
     */
    private static Optional<DetailField> deepest(List<DetailField> fields, int index) {
        for (DetailField f : fields) {
            if (f.covers(index)) {
                List<DetailField> narrower = f.children().stream()
                        .filter(c -> c.bits().isEmpty() && c.length() < f.length()).toList();
                return deepest(narrower, index).or(() -> Optional.of(f));
            }
        }
        return Optional.empty();
    }
}
