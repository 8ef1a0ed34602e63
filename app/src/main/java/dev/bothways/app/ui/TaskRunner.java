package dev.bothways.app.ui;

import java.util.function.Consumer;

/**
 * Runs work off the FX thread and calls back on it. The window uses {@link FxTaskRunner}; tests
 * use {@link #SAME_THREAD}, so view models are tested without threads.
 */
public interface TaskRunner {
    TaskRunner SAME_THREAD = new TaskRunner() {
        @Override
        public <T> Running run(BackgroundWork<T> work, ProgressListener listener, Consumer<T> done,
                               Consumer<Throwable> failed) {
            try {
                done.accept(work.run(new dev.bothways.model.Progress() {
                    @Override
                    public void worked(long d, long total) {
                        listener.progress(total > 0 ? (double) d / total : -1);
                    }

                    @Override
                    public boolean cancelled() {
                        return false;
                    }
                }));
            } catch (Exception e) {
                failed.accept(e);
            }
            return () -> { };
        }
    };

    <T> Running run(BackgroundWork<T> work, ProgressListener listener, Consumer<T> done, Consumer<Throwable> failed);

    /** Hears how far the work got (0..1, or -1 when unknown), on the FX thread. */
    @FunctionalInterface
    interface ProgressListener {
        void progress(double fraction);
    }

    /** A handle on work under way. */
    @FunctionalInterface
    interface Running {
        void cancel();
    }
}
