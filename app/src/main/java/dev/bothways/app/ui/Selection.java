package dev.bothways.app.ui;

import dev.bothways.model.Finding;
import dev.bothways.model.Link;
import dev.bothways.model.Node;

/** What the user picked on the canvas or in a list; the inspector shows its evidence. */
public sealed interface Selection {
    record OfNode(Node node) implements Selection {
    }

    record OfLink(Link link) implements Selection {
    }

    record OfFinding(Finding finding) implements Selection {
    }

    /** A packet of the flow, picked in the ladder or the packet list (or stepped to). */
    record OfPacket(PacketStep step) implements Selection {
    }
}
