/**
 * The same packets seen at several capture points: matching them (IP ID, TCP seq/ack, a hash of
 * the first payload bytes; tolerant of TTL and checksum changes, and of NAT when conntrack's
 * tuples are given), estimating each capture's clock offset from them, and turning every packet
 * into observations per capture point, with negative evidence only where the point's coverage
 * (running time, capture filter, reported drops) earns it.
 */
@NullMarked
package dev.bothways.capture.match;

import org.jspecify.annotations.NullMarked;
