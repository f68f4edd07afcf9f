package org.hiitplanner.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import javafx.concurrent.Task;

/** Runs long work off the FX thread; results and failures are delivered on the FX thread. */
public final class Background implements AutoCloseable {
    private final ExecutorService executor;

    public Background() {
        AtomicInteger n = new AtomicInteger();
        executor = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "hiit-background-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Work that may fail with a checked exception. */
    @FunctionalInterface
    public interface Work<T> {
        T call() throws Exception;
    }

    /** Starts a task; {@code onDone} and {@code onFailed} run on the FX thread. */
    public <T> Task<T> run(Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onFailed.accept(task.getException()));
        executor.execute(task);
        return task;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
