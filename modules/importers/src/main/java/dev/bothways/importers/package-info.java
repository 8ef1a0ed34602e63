/**
 * Reading artifacts: one small package per format (each an {@link dev.bothways.importers.ArtifactFormat}),
 * detection of what a text is, and diagnostics with file and line. Parsers never throw on bad
 * input; they return what they understood and say what they did not.
 */
@NullMarked
package dev.bothways.importers;

import org.jspecify.annotations.NullMarked;
