package dev.bothways.app.ui;

import dev.bothways.model.Progress;

/** Work for a background thread that reports through the plain {@link Progress} of the lower modules. */
@FunctionalInterface
public interface BackgroundWork<T> {
    T run(Progress progress) throws Exception;
}
