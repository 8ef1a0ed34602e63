package dev.bothways.analysis.layout;

import dev.bothways.model.NodeId;

/** Where one node goes, in layout units: {@code x} grows from client to server, {@code y} is the band's row. */
public record Placement(NodeId node, double x, Band band) {
    public double y() {
        return band.row();
    }
}
