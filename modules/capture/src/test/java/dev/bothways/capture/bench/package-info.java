/** The capture benchmark: a synthetic large capture and timings against tshark and capinfos. Not a unit test. */
@NullMarked
package dev.bothways.capture.bench;

import org.jspecify.annotations.NullMarked;
