package org.hiitplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.hiitplanner.ui.common.Background;
import org.hiitplanner.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Exports run in the background, can be cancelled, and never leave a half-written file. */
@ExtendWith(ApplicationExtension.class)
class ExportRunnerTest {
    @TempDir
    Path dir;
    private final Background background = new Background();
    private final ExportRunner runner = new ExportRunner(background, new Messages(Locale.ENGLISH));
    private final List<String> done = new ArrayList<>();
    private final List<String> failed = new ArrayList<>();

    @AfterEach
    void close() {
        background.close();
    }

    private void waitUntilIdle() throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !runner.runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void writesTheFileAndReports(FxRobot robot) throws Exception {
        Path target = dir.resolve("out.csv");
        robot.interact(() -> runner.start("CSV", (out, p) -> {
            p.update(1, 2, "half");
            out.write("a,b\r\n".getBytes(StandardCharsets.UTF_8));
        }, target, done::add, failed::add));
        waitUntilIdle();
        assertEquals("a,b\r\n", Files.readString(target));
        assertEquals(List.of("CSV saved as out.csv"), done);
        assertEquals(List.of(), failed);
    }

    @Test
    void aCancelledExportLeavesTheOldFileAlone(FxRobot robot) throws Exception {
        Path target = Files.writeString(dir.resolve("old.csv"), "old");
        CountDownLatch started = new CountDownLatch(1);
        robot.interact(() -> runner.start("CSV", (out, p) -> {
            started.countDown();
            for (int i = 0; i < 500; i++) {
                out.write('x');
                p.checkCancelled();
                Thread.sleep(10);
            }
        }, target, done::add, failed::add));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        assertTrue(runner.runningProperty().get());
        runner.cancel();
        waitUntilIdle();
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("CSV cancelled; nothing was written"), done);
        assertFalse(Files.exists(dir.resolve("old.csv.bak")));
    }

    @Test
    void aFailureSaysWhy(FxRobot robot) throws Exception {
        robot.interact(() -> runner.start("CSV", (out, p) -> out.write(1), dir.resolve("missing/x.csv"), done::add,
                failed::add));
        waitUntilIdle();
        assertEquals(1, failed.size());
        assertTrue(failed.get(0).startsWith("CSV could not be saved as x.csv: "), failed.get(0));
    }
}
