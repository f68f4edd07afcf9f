package org.hiitplanner.app;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * A computation through a {@link TaskRunner} of which only the latest counts: starting another cancels the one still
 * running, and the outcome of a superseded one is dropped. Started and published on the window's thread.
 *
 * @param <T> the result
 */
public final class LatestTask<T> {
    private final TaskRunner runner;
    private final Consumer<Boolean> onRunning;
    private long generation;
    private TaskRunner.Running current;
    private boolean running;

    /** @param onRunning told true when a computation starts and false once the latest one is published */
    public LatestTask(TaskRunner runner, Consumer<Boolean> onRunning) {
        this.runner = Objects.requireNonNull(runner);
        this.onRunning = Objects.requireNonNull(onRunning);
    }

    /** Starts {@code work}; {@code onDone} or {@code onFailed} runs unless another computation was started since. */
    public void start(TaskRunner.Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        long mine = ++generation;
        if (current != null) {
            current.cancel();
        }
        setRunning(true);
        TaskRunner.Running started = runner.run(work, result -> finish(mine, () -> onDone.accept(result)),
                error -> finish(mine, () -> onFailed.accept(error)));
        if (mine == generation && running) {
            current = started;
        }
    }

    /** Drops the computation still running, if any: nothing of it is published. */
    public void cancel() {
        generation++;
        if (current != null) {
            current.cancel();
            current = null;
        }
        if (running) {
            setRunning(false);
        }
    }

    private void finish(long mine, Runnable publish) {
        if (mine != generation) {
            return;
        }
        current = null;
        try {
            publish.run();
        } finally {
            setRunning(false);
        }
    }

    private void setRunning(boolean value) {
        running = value;
        onRunning.accept(value);
    }

    /** True from the start of the latest computation until its outcome is published. */
    public boolean isRunning() {
        return running;
    }

    /** The message of a failure, or its class name when it has none. */
    public static String describe(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}
