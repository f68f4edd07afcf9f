package org.hiitplanner.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.hiitplanner.domain.audit.AuditEntry;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.StudyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code record}: one session from options, many from a CSV; audit entries; refusals that change nothing. */
class RecordCommandTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T15:30:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private Path study;

    @BeforeEach
    void demo() {
        study = StudyFilesForTests.demo(dir);
    }

    private CliRun record(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "record";
        all[1] = study.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CliRun.runAt(CLOCK, all);
    }

    private Study reload() throws Exception {
        return new StudyStore().load(study);
    }

    @Test
    void aWeightWithADecimalCommaSaysWhatToTypeAndRecordsNothing() throws Exception {
        CliRun r = record("--animal", "R15", "--date", "2026-11-23", "--completed", "--operator", "T. Tech",
                "--weight", "312,5");
        assertEquals(2, r.exit(), r::toString);
        assertEquals("hiit-planner record: --weight: 312,5 is not a number; type 312.5 (a point, not a comma)",
                r.err().lines().findFirst().orElseThrow());
        assertEquals(0, reload().sessionRecords().size());
    }

    @Test
    void completedAsPlannedIsSavedAuditedAndCounted() throws Exception {
        CliRun r = record("--animal", "R15", "--date", "2026-11-23", "--completed", "--operator", "T. Tech")
                .assertSuccess();

        assertEquals("Recorded 1 session (R15, 2026-11-23, completed 5/5) in " + study + System.lineSeparator(),
                r.out(), r::toString);
        Study s = reload();
        assertEquals(1, s.sessionRecords().size());
        SessionRecord rec = s.sessionRecords().get(0);
        assertEquals("R15", rec.animalId());
        assertEquals(LocalDate.of(2026, 11, 23), rec.date());
        assertEquals(6, rec.sessionNumber());
        assertEquals(SessionStatus.COMPLETED, rec.status());
        assertEquals(5, rec.intervalsCompleted());
        assertEquals("T. Tech", rec.operator());
        assertEquals(CLOCK.instant(), rec.recordedAt());
        assertEquals(2, s.auditLog().size()); // the demo's "audit trail sealed", then the record
        assertTrue(s.auditLog().verify().isEmpty());
        AuditEntry e = s.auditLog().entries().get(1);
        assertEquals("session record R15 2026-11-23", e.what());
        assertEquals("", e.oldValue());
        assertEquals("completed, 5 intervals, 0 stimuli, 0 s on grid, by T. Tech", e.newValue());
        assertEquals("T. Tech", e.operator());
        assertEquals(CLOCK.instant(), e.at());
        CliRun.run("audit", study.toString(), "--verify").assertSuccess();

        CliRun adherence = CliRun.run("adherence", study.toString(), "--as-of", "2026-11-23", "--by", "animal")
                .assertSuccess();
        String r15 = adherence.out().lines().filter(l -> l.startsWith("R15,")).findFirst().orElseThrow();
        assertTrue(r15.startsWith("R15,25,5,20.0,"), adherence::toString);
    }

    @Test
    void replacingNeedsAReasonAndIsAudited() throws Exception {
        record("--animal", "R15", "--date", "2026-11-23", "--completed", "--operator", "T. Tech").assertSuccess();
        byte[] before = Files.readAllBytes(study);

        CliRun refused = record("--animal", "R15", "--date", "2026-11-23", "--status", "partial", "--intervals", "3",
                "--operator", "T. Tech").assertUserError();
        assertTrue(refused.err().contains("already recorded") && refused.err().contains("--reason"), refused::toString);
        assertArrayEquals(before, Files.readAllBytes(study));

        CliRun replaced = record("--animal", "R15", "--date", "2026-11-23", "--status", "partial", "--intervals", "3",
                "--stimuli", "4", "--reason", "miscounted", "--operator", "P. I.").assertSuccess();
        assertTrue(replaced.out().contains("partial 3/5"), replaced::toString);
        Study s = reload();
        assertEquals(2, s.sessionRecords().size(), "the correction is a new record; the earlier one stays");
        assertEquals(SessionStatus.COMPLETED, s.sessionRecords().get(0).status());
        assertEquals(SessionStatus.PARTIAL, s.sessionRecords().get(1).status());
        assertEquals(3, s.sessionRecords().get(1).intervalsCompleted());
        assertEquals(4, s.sessionRecords().get(1).stimuli());
        assertEquals(3, s.auditLog().size());
        assertTrue(s.auditLog().verify().isEmpty());
        AuditEntry second = s.auditLog().entries().get(2);
        assertEquals("completed, 5 intervals, 0 stimuli, 0 s on grid, by T. Tech", second.oldValue());
        assertEquals("partial, 3 intervals, 4 stimuli, 0 s on grid, by P. I.", second.newValue());
        assertEquals("miscounted", second.reason());
        assertEquals("P. I.", second.operator());
    }

    @Test
    void aDayWithoutAPlannedSessionIsAUserError() throws Exception {
        byte[] before = Files.readAllBytes(study);

        CliRun r = record("--animal", "R15", "--date", "2026-11-21", "--completed", "--operator", "T. Tech")
                .assertUserError();

        // the text comes from the domain's one rule set for records now
        assertTrue(r.err().contains("Session record of R15 on 2026-11-21: Saturday is not a training day"),
                r::toString);
        assertArrayEquals(before, Files.readAllBytes(study));
    }

    @Test
    void anUnknownAnimalIsAUserError() {
        CliRun r = record("--animal", "R99", "--date", "2026-11-23", "--completed", "--operator", "T. Tech")
                .assertUserError();
        assertTrue(r.err().contains("R99"), r::toString);
    }

    @Test
    void missingOrConflictingOptionsAreUsageErrors() {
        record("--animal", "R15", "--date", "2026-11-23", "--operator", "T. Tech").assertUsageError();
        record("--animal", "R15", "--date", "2026-11-23", "--completed", "--status", "missed", "--operator", "T")
                .assertUsageError();
        record("--animal", "R15", "--date", "2026-11-23", "--completed").assertUsageError();
        record("--animal", "R15", "--date", "2026-11-23", "--status", "done", "--operator", "T").assertUsageError();
    }

    @Test
    void aCsvWithOneBadRowSavesNothing() throws Exception {
        Path csv = dir.resolve("sessions.csv");
        Files.writeString(csv, String.join("\n",
                "animal,date,status,intervals,stimuli,grid_seconds,weight_g,notes,reason",
                "R15,2026-11-16,completed,,,,,,",
                "R15,2026-11-17,partial,9,,,,,",
                "R15,2026-11-18,missed,,,,,,", ""));
        byte[] before = Files.readAllBytes(study);

        CliRun r = CliRun.runAt(CLOCK, "record", study.toString(), "--csv", csv.toString(), "--operator", "T. Tech")
                .assertUserError();

        assertTrue(r.err().contains(csv + " line 3: ") && r.err().contains("partial means 1 to 3 of 4 intervals, not 9"), r::toString);
        assertTrue(!r.err().contains("line 2") && !r.err().contains("line 4"), r::toString);
        assertArrayEquals(before, Files.readAllBytes(study));
    }

    @Test
    void aGoodCsvRecordsEveryRow() throws Exception {
        Path csv = dir.resolve("sessions.csv");
        Files.writeString(csv, String.join("\n",
                "animal,date,status,intervals,stimuli,grid_seconds,weight_g,notes,reason",
                "R15,2026-11-16,completed,,2,10,251.5,\"fine, fast\",",
                "R15,2026-11-17,partial,2,,,,,",
                "R15,2026-11-18,excused,,,,,,vet check", ""));

        CliRun r = CliRun.runAt(CLOCK, "record", study.toString(), "--csv", csv.toString(), "--operator", "T. Tech")
                .assertSuccess();

        assertEquals("Recorded 3 sessions from " + csv + " in " + study + System.lineSeparator(), r.out(),
                r::toString);
        Study s = reload();
        List<SessionRecord> records = s.sessionRecords();
        assertEquals(3, records.size());
        assertEquals(4, records.get(0).intervalsCompleted());
        assertEquals("fine, fast", records.get(0).notes());
        assertEquals("251.5", records.get(0).bodyWeightGrams().toPlainString());
        assertEquals(SessionStatus.PARTIAL, records.get(1).status());
        assertEquals(SessionStatus.EXCUSED, records.get(2).status());
        assertEquals("vet check", records.get(2).excuseReason());
        assertEquals(4, s.auditLog().size());
        assertTrue(s.auditLog().verify().isEmpty());
    }
}
