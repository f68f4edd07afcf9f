package org.hiitplanner.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * A {@link TaskRunner} for tests that runs nothing until told: {@link #runAll} runs the pending computations in the
 * order they were started and publishes each at once; a cancelled one is not run. Lets a test see a view model while
 * it is computing, and a computation superseded before it ran, without threads or waiting.
 */
public final class ManualTaskRunner implements TaskRunner {
    private final Deque<Pending<?>> pending = new ArrayDeque<>();
    private int ran;
    private int dropped;

    private static final class Pending<T> implements Running {
        private final LongWork<T> work;
        private final ProgressListener onProgress;
        private final Consumer<? super T> onDone;
        private final Consumer<Throwable> onFailed;
        private boolean cancelled;

        Pending(LongWork<T> work, ProgressListener onProgress, Consumer<? super T> onDone,
                Consumer<Throwable> onFailed) {
            this.work = work;
            this.onProgress = onProgress;
            this.onDone = onDone;
            this.onFailed = onFailed;
        }

        @Override
        public void cancel() {
            cancelled = true;
        }

        void run() {
            T result;
            try {
                result = work.call(new Progress() {
                    @Override
                    public void update(long done, long total, String text) {
                        if (!cancelled) {
                            onProgress.progress(done, total, text);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return cancelled;
                    }
                });
            } catch (Exception | Error e) {
                if (!cancelled) {
                    onFailed.accept(e);
                }
                return;
            }
            if (!cancelled) {
                onDone.accept(result);
            }
        }
    }

    @Override
    public <T> Running run(LongWork<T> work, ProgressListener onProgress, Consumer<? super T> onDone,
                           Consumer<Throwable> onFailed) {
        Pending<T> p = new Pending<>(work, onProgress, onDone, onFailed);
        pending.add(p);
        return p;
    }

    /** How many computations wait to be run (cancelled ones included). */
    public int pending() {
        return pending.size();
    }

    /** Runs every pending computation, and those they start, in order; returns how many were run. */
    public int runAll() {
        int n = 0;
        while (!pending.isEmpty()) {
            Pending<?> p = pending.poll();
            if (p.cancelled) {
                dropped++;
                continue;
            }
            p.run();
            ran++;
            n++;
        }
        return n;
    }

    /** Computations run so far. */
    public int ran() {
        return ran;
    }

    /** Computations cancelled before they ran. */
    public int dropped() {
        return dropped;
    }
}
