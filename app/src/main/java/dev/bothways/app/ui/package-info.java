/** The JavaFX window: views that bind, view models that hold state, and the lane canvas. */
@NullMarked
package dev.bothways.app.ui;

import org.jspecify.annotations.NullMarked;
