/**
 * Pull-style streaming readers for pcap and pcapng: the caller asks for the next packet, reads
 * its bytes in place and can stop at any time. Memory stays bounded by one read window whatever
 * the file size; every diagnostic names the packet number and byte offset.
 */
@NullMarked
package dev.bothways.capture.read;

import org.jspecify.annotations.NullMarked;
