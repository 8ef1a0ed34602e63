/**
 * The flow index of one capture: every packet put under its canonical 5-tuple, with per-direction
 * counts, time span, the Community ID, and for TCP the handshake, retransmissions, resets and a
 * Zeek-like connection state. {@link dev.bothways.capture.flow.FlowIndexer#index} is the entry
 * point; the index grows with flows, never with packets.
 */
@NullMarked
package dev.bothways.capture.flow;

import org.jspecify.annotations.NullMarked;
