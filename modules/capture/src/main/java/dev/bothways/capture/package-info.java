/**
 * Packet captures as evidence: the diagnostics every capture reader reports, with the packet
 * number and byte offset they are about. Reading lives in {@code read}, decoding headers in
 * {@code decode}, the flow index in {@code flow}, and matching across capture points in
 * {@code match}.
 */
@NullMarked
package dev.bothways.capture;

import org.jspecify.annotations.NullMarked;
