/** {@code mtr} output: {@code --json}, {@code --report} and {@code --report-wide}, with loss per hop. */
@NullMarked
package dev.bothways.importers.mtr;

import org.jspecify.annotations.NullMarked;
