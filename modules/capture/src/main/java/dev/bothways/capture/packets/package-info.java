/**
 * Packets as a capture point saw them, one record each, for the analysis of a few flows:
 * when, which way through which interface, with the TCP fields that identify the same packet
 * elsewhere, and ICMP errors tied to the flow they quote.
 */
@NullMarked
package dev.bothways.capture.packets;

import org.jspecify.annotations.NullMarked;
