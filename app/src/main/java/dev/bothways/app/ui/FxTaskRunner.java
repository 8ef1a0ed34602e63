package dev.bothways.app.ui;

import dev.bothways.model.Progress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.concurrent.Task;

/** Runs work as a JavaFX {@link Task} on a daemon thread, adapting its progress and cancel. */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bothways-work");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> Running run(BackgroundWork<T> work, ProgressListener listener, Consumer<T> done,
                           Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run(new Progress() {
                    @Override
                    public void worked(long d, long total) {
                        updateProgress(d, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        task.progressProperty().addListener((obs, old, now) -> listener.progress(now.doubleValue()));
        task.setOnSucceeded(e -> done.accept(task.getValue()));
        task.setOnFailed(e -> failed.accept(task.getException()));
        executor.execute(task);
        return () -> task.cancel(false);
    }
}
