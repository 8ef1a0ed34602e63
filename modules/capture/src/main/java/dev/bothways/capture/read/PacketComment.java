package dev.bothways.capture.read;

/** A comment: on packet {@code packet} (1-based), or on the file's section when packet is 0. */
public record PacketComment(long packet, String text) {
}
