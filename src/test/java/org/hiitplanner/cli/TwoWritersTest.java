package org.hiitplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.StudyLock;
import org.hiitplanner.storage.StudyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two writers on one study: every confirmed record survives, and a writer that cannot wait says who holds it. */
class TwoWritersTest {
    private static final Clock FRIDAY = Clock.fixed(Instant.parse("2026-11-27T17:00:00Z"), ZoneOffset.UTC);
    private static final String[] DAYS = {"2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20",
        "2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"};

    @TempDir
    Path dir;

    @Test
    void fiftyPairsOfRecordCommandsAtOnceLoseNoRecord() throws Exception {
        Path study = StudyFilesForTests.demo(dir);
        Study demo = new StudyStore().load(study);
        List<String> trained = demo.animals().stream().filter(a -> demo.group(a.group()).orElseThrow().trains())
                .map(a -> a.id()).toList();
        List<String[]> sessions = new ArrayList<>();
        for (String day : DAYS) {
            for (String animal : trained) {
                sessions.add(new String[] {animal, day});
            }
        }
        java.util.Collections.shuffle(sessions, new Random(50));
        assertTrue(sessions.size() >= 100, "at least 50 pairs: " + sessions.size());
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int pair = 0; pair < 50; pair++) {
                String[] a = sessions.get(2 * pair);
                String[] b = sessions.get(2 * pair + 1);
                Future<CliRun> first = two.submit(() -> record(study, a));
                Future<CliRun> second = two.submit(() -> record(study, b));
                assertEquals(0, first.get().exit(), first.get()::toString);
                assertEquals(0, second.get().exit(), second.get()::toString);
            }
        } finally {
            two.shutdownNow();
        }
        Study after = new StudyStore().load(study);
        assertEquals(100, after.sessionRecords().size(), "0 lost records of 100 confirmed");
        List<String> keys = after.sessionRecords().stream().map(r -> r.animalId() + " " + r.date()).sorted().toList();
        assertEquals(sessions.subList(0, 100).stream().map(s -> s[0] + " " + s[1]).sorted().toList(), keys);
        assertEquals(101, after.auditLog().size()); // the demo's "audit trail sealed" and 100 records
        assertTrue(after.auditLog().verify().isEmpty());
    }

    @Test
    void whileTheWindowHoldsTheStudyTheCommandNamesTheHolderAndChangesNothing() throws Exception {
        Path study = StudyFilesForTests.demo(dir);
        byte[] before = java.nio.file.Files.readAllBytes(study);
        try (StudyLock window = StudyLock.acquire(study, "Anna de Vries", FRIDAY, false)) {
            CliRun r = CliRun.run(cli, "record", study.toString(), "--animal", "R15", "--date", "2026-11-16",
                    "--status", "missed", "--operator", "T. Tech").assertUserError();
            assertTrue(r.err().contains(study + " is open for writing by Anna de Vries on "), r::toString);
            assertTrue(r.err().contains("--wait SECONDS"), r::toString);
            assertTrue(java.util.Arrays.equals(before, java.nio.file.Files.readAllBytes(study)));
        }
        assertEquals(0, record(study, new String[] {"R15", "2026-11-16"}).exit(), "the window closed the study");
        List<SessionRecord> records = new StudyStore().load(study).sessionRecords();
        assertEquals(1, records.size());
    }

    /** One command line for all runs: each run still locks, reads, checks, saves and releases on its own. */
    private final Cli cli = new Cli(new StudyStore(org.hiitplanner.storage.Migrations.standard(), FRIDAY),
            new org.hiitplanner.domain.schedule.ScheduleEngine(), new org.hiitplanner.domain.study.StudyValidator(),
            FRIDAY);

    private CliRun record(Path study, String[] session) {
        return CliRun.run(cli, "record", study.toString(), "--animal", session[0], "--date", session[1],
                "--status", "missed", "--operator", "T. Tech", "--wait", "60");
    }
}
