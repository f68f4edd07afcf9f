package org.hiitplanner.ui.common;

import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.concurrent.Task;

/**
 * A computation off the FX thread of which only the latest counts: starting another cancels the one still running,
 * and a result or failure of a superseded one is dropped. Started and published on the FX thread.
 *
 * @param <T> the result
 */
public final class LatestComputation<T> {
    private final Background background;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private long generation;
    private Task<T> task;

    public LatestComputation(Background background) {
        this.background = Objects.requireNonNull(background);
    }

    /**
     * Starts {@code work}; {@code onDone} or {@code onFailed} runs on the FX thread unless another computation was
     * started meanwhile. {@link #runningProperty()} turns false after it ran.
     */
    public void start(Background.Work<T> work, Consumer<T> onDone, Consumer<Throwable> onFailed) {
        long mine = ++generation;
        if (task != null) {
            task.cancel();
        }
        running.set(true);
        task = background.run(work, result -> finish(mine, () -> onDone.accept(result)),
                error -> finish(mine, () -> onFailed.accept(error)));
    }

    private void finish(long mine, Runnable publish) {
        if (mine != generation) {
            return;
        }
        task = null;
        try {
            publish.run();
        } finally {
            running.set(false);
        }
    }

    /** True from the start of the latest computation until its result or failure is published. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** The message of a failure, or its class name when it has none. */
    public static String describe(Throwable error) {
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}
