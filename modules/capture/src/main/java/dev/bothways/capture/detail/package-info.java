/**
 * One packet taken apart for the packet detail view, as Wireshark shows it: {@link PacketBytes}
 * finds a packet's bytes by number with the streaming reader, {@link PacketDetail} decodes them
 * with pcap4j into layers of fields, each field with the byte range it came from, plus a hex dump.
 * pcap4j is used here and only here, one packet at a time; bulk reading never goes through it.
 */
@NullMarked
package dev.bothways.capture.detail;

import org.jspecify.annotations.NullMarked;
