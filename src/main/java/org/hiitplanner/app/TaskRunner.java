package org.hiitplanner.app;

import java.util.function.Consumer;

/**
 * Runs a computation off the caller's thread and publishes its outcome back on the caller's (the window's) thread.
 * The window uses a JavaFX implementation; tests use {@link #immediate()}, which runs and publishes inline, so that a
 * view model's state is final when the call that started the work returns.
 */
public interface TaskRunner {
    /** Work that may fail with a checked exception. */
    @FunctionalInterface
    interface Work<T> {
        T call() throws Exception;
    }

    /** Long work that reports how far it is and stops when asked. */
    @FunctionalInterface
    interface LongWork<T> {
        T call(Progress progress) throws Exception;
    }

    /** What long work is told and tells. */
    interface Progress {
        /** Reports {@code done} of {@code total} steps (total 0 or less: unknown), with a short text. */
        void update(long done, long total, String text);

        /** True once the work was cancelled; the work should then stop soon. */
        boolean isCancelled();
    }

    /** Receives progress reports on the publishing thread. */
    @FunctionalInterface
    interface ProgressListener {
        void progress(long done, long total, String text);
    }

    /** A started computation. */
    interface Running {
        /** Asks the work to stop; neither its result nor its failure is published after this. */
        void cancel();
    }

    /** Starts {@code work}; {@code onDone} or {@code onFailed} runs on the publishing thread, unless cancelled. */
    default <T> Running run(Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        return run(progress -> work.call(), (done, total, text) -> { }, onDone, onFailed);
    }

    /** Starts long {@code work}; progress, then the result or the failure, are published unless cancelled. */
    <T> Running run(LongWork<T> work, ProgressListener onProgress, Consumer<? super T> onDone,
                    Consumer<Throwable> onFailed);

    /** Runs the work at once on the caller's thread and publishes there, before returning. */
    static TaskRunner immediate() {
        return new ImmediateTaskRunner();
    }
}
