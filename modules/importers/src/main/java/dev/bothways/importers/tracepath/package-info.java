/** {@code tracepath} and {@code tracepath6} output: hops with path MTU, {@code asymm N} return-path hints, {@code reached}. */
@NullMarked
package dev.bothways.importers.tracepath;

import org.jspecify.annotations.NullMarked;
