package org.hiitplanner.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The immediate runner publishes before it returns; only the latest of several computations is published. */
class TaskRunnerTest {
    private final List<String> published = new ArrayList<>();
    private final List<Boolean> running = new ArrayList<>();

    @Test
    void theImmediateRunnerRunsAndPublishesInline() {
        TaskRunner.immediate().run(() -> 6 * 7, r -> published.add("done " + r), e -> published.add("failed"));
        TaskRunner.immediate().run(() -> {
            throw new IllegalStateException("no treadmill");
        }, r -> published.add("done"), e -> published.add("failed: " + e.getMessage()));
        assertEquals(List.of("done 42", "failed: no treadmill"), published);
    }

    @Test
    void progressOfLongWorkIsPublished() {
        List<String> progress = new ArrayList<>();
        TaskRunner.immediate().run(p -> {
            for (int page = 1; page <= 3; page++) {
                p.update(page, 3, "page " + page);
            }
            return "3 pages";
        }, (done, total, text) -> progress.add(done + "/" + total + " " + text), published::add, e -> { });
        assertEquals(List.of("1/3 page 1", "2/3 page 2", "3/3 page 3"), progress);
        assertEquals(List.of("3 pages"), published);
    }

    @Test
    void aNewerComputationSupersedesAnOlderOne() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        LatestTask<Integer> latest = new LatestTask<>(tasks, running::add);
        latest.start(() -> 1_000, r -> published.add("1 000 animals"), e -> { });
        latest.start(() -> 28, r -> published.add("28 animals"), e -> { });
        assertTrue(latest.isRunning());
        assertEquals(1, tasks.runAll(), "the older one was cancelled before it ran");
        assertEquals(List.of("28 animals"), published);
        assertFalse(latest.isRunning());
        assertEquals(List.of(true, true, false), running);
    }

    @Test
    void anOlderResultArrivingLateIsDropped() {
        List<Runnable> late = new ArrayList<>();
        // a runner that ignores cancel and publishes whenever the test says, as a slow thread might
        TaskRunner careless = new TaskRunner() {
            @Override
            public <T> Running run(LongWork<T> work, ProgressListener onProgress,
                                   java.util.function.Consumer<? super T> onDone,
                                   java.util.function.Consumer<Throwable> onFailed) {
                late.add(() -> {
                    try {
                        onDone.accept(work.call(null));
                    } catch (Exception e) {
                        onFailed.accept(e);
                    }
                });
                return () -> { };
            }
        };
        LatestTask<String> latest = new LatestTask<>(careless, running::add);
        latest.start(() -> "old", published::add, e -> { });
        latest.start(() -> "new", published::add, e -> { });
        late.get(1).run();
        late.get(0).run();
        assertEquals(List.of("new"), published);
        assertFalse(latest.isRunning());
    }

    @Test
    void cancelPublishesNothing() {
        ManualTaskRunner tasks = new ManualTaskRunner();
        LatestTask<String> latest = new LatestTask<>(tasks, running::add);
        latest.start(() -> "tried plan", published::add, e -> { });
        latest.cancel();
        assertFalse(latest.isRunning());
        assertEquals(0, tasks.runAll());
        assertEquals(List.of(), published);
    }
}
