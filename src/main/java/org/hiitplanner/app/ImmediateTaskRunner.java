package org.hiitplanner.app;

import java.util.function.Consumer;

/** A {@link TaskRunner} that runs the work on the caller's thread and publishes before it returns (tests, tools). */
final class ImmediateTaskRunner implements TaskRunner {
    @Override
    public <T> Running run(LongWork<T> work, ProgressListener onProgress, Consumer<? super T> onDone,
                           Consumer<Throwable> onFailed) {
        boolean[] cancelled = {false};
        Running running = () -> cancelled[0] = true;
        T result;
        try {
            result = work.call(new Progress() {
                @Override
                public void update(long done, long total, String text) {
                    if (!cancelled[0]) {
                        onProgress.progress(done, total, text);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return cancelled[0];
                }
            });
        } catch (Exception | Error e) {
            onFailed.accept(e);
            return running;
        }
        onDone.accept(result);
        return running;
    }
}
