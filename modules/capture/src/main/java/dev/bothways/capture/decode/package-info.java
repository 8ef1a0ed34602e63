/**
 * Decodes the headers Bothways needs from one captured frame, in place and without allocating:
 * link layer (Ethernet with VLAN/QinQ and MPLS, Linux cooked v1/v2, raw IP, loopback, PPP,
 * NFLOG), IPv4 and IPv6 with extension headers, TCP, UDP, ICMP and ICMPv6, including the
 * packet an ICMP error quotes.
 */
@NullMarked
package dev.bothways.capture.decode;

import org.jspecify.annotations.NullMarked;
