package org.hiitplanner.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.concurrent.Task;

import org.hiitplanner.app.TaskRunner;

/**
 * The window's {@link TaskRunner}: each computation is a {@link javafx.concurrent.Task} on a small pool of daemon
 * threads; progress, results and failures are published on the FX thread, and nothing of a cancelled one is.
 */
public final class Background implements TaskRunner, AutoCloseable {
    private final ExecutorService executor;

    public Background() {
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "hiit-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Running run(LongWork<T> work, ProgressListener onProgress, Consumer<? super T> onDone,
                           Consumer<Throwable> onFailed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call(progress(this, onProgress));
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFailed.accept(task.getException()));
        executor.execute(task);
        return () -> task.cancel();
    }

    private static Progress progress(Task<?> task, ProgressListener onProgress) {
        return new Progress() {
            @Override
            public void update(long done, long total, String text) {
                Platform.runLater(() -> {
                    if (!task.isCancelled()) {
                        onProgress.progress(done, total, text);
                    }
                });
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelled();
            }
        };
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
