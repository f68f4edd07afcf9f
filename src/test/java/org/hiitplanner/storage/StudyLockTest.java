package org.hiitplanner.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer at a time: the lock names its holder; a holder that is gone can be taken over; saves are guarded. */
class StudyLockTest {
    private static final Clock NINE_TWELVE = Clock.fixed(Instant.parse("2026-12-03T09:12:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void aSecondWriterIsRefusedWithWhoWhereAndSinceWhenUntilTheFirstReleases() throws Exception {
        Path study = dir.resolve("s.hiit.json");
        StudyLock anna = StudyLock.acquire(study, "Anna de Vries", NINE_TWELVE, false);
        StudyLock.Busy busy = assertThrows(StudyLock.Busy.class,
                () -> StudyLock.acquire(study, "Bram", NINE_TWELVE, false));
        assertFalse(busy.stale());
        assertEquals("Anna de Vries", busy.holder().who());
        assertEquals(Instant.parse("2026-12-03T09:12:00Z"), busy.holder().since());
        assertEquals(ProcessHandle.current().pid(), busy.holder().pid());
        assertTrue(busy.getMessage().startsWith(study + " is open for writing by Anna de Vries on "),
                busy.getMessage());
        assertEquals("Anna de Vries", StudyLock.holderOf(study).orElseThrow().who());

        anna.close();
        assertTrue(StudyLock.holderOf(study).isEmpty(), "a released lock names nobody");
        try (StudyLock bram = StudyLock.acquire(study, "Bram", NINE_TWELVE, false)) {
            assertEquals("Bram", bram.holder().who());
        }
    }

    @Test
    void aLockLeftByAKilledProgramIsStaleAndIsTakenOverOnlyWhenAsked() throws Exception {
        Path study = dir.resolve("s.hiit.json");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                LockThenWait.class.getName(), study.toString()).redirectErrorStream(true).start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            line = out.readLine();
            assertTrue(line != null && line.startsWith("LOCKED"), String.valueOf(line));
            StudyLock.Busy held = assertThrows(StudyLock.Busy.class,
                    () -> StudyLock.acquire(study, "Bram", NINE_TWELVE, false));
            assertFalse(held.stale(), "the holder is alive");
            assertEquals(child.pid(), held.holder().pid());
            child.destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        }
        StudyLock.Busy stale = assertThrows(StudyLock.Busy.class,
                () -> StudyLock.acquire(study, "Bram", NINE_TWELVE, false));
        assertTrue(stale.stale(), "the operating system released the killed holder's lock");
        assertEquals("Anna de Vries", stale.holder().who());
        try (StudyLock bram = StudyLock.acquire(study, "Bram", NINE_TWELVE, true)) {
            assertEquals("Bram", StudyLock.holderOf(study).orElseThrow().who());
        }
    }

    @Test
    void aSaveNeverOverwritesAChangeMadeSinceTheFileWasRead() throws Exception {
        StudyStore store = new StudyStore();
        Path file = dir.resolve("s.hiit.json");
        Study demo = DemoStudy.create();
        store.save(demo, file);
        FileGuard guard = FileGuard.of(file);
        store.save(demo.withStartDate(demo.startDate().plusDays(7)), file, guard);
        assertTrue(guard.unchanged(file), "the guard follows this writer's own saves");

        Files.writeString(file, Files.readString(file).replace("\"title\"", "\"title\" "));
        byte[] theirs = Files.readAllBytes(file);
        StudyFileException e = assertThrows(StudyFileException.class, () -> store.save(demo, file, guard));
        assertEquals(file + ": cannot save the study: the file was changed by someone else since it was opened "
                + "here; nothing was written. Open it again to see their change.", e.getMessage());
        assertArrayEquals(theirs, Files.readAllBytes(file));
    }
}
