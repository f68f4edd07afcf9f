package org.hiitplanner.cli;

import static org.hiitplanner.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.StudyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAndValidateTest {
    @TempDir
    Path dir;

    @Test
    void theDemoIsWrittenAndIsValid() throws Exception {
        Path file = dir.resolve("demo.hiit.json");
        CliRun demo = run("demo", "--out", file.toString()).assertSuccess();
        assertTrue(demo.out().contains("28 animals in 4 groups, 8 weeks from 2026-11-16"), demo::toString);
        Study written = new StudyStore().load(file);
        assertEquals(DemoStudy.create(), written.withAuditLog(AuditLog.empty()));
        assertEquals(List.of("audit trail sealed"), written.auditLog().entries().stream().map(e -> e.what()).toList());
        CliRun validate = run("validate", file.toString()).assertSuccess();
        assertEquals(List.of("0 errors, 0 warnings"), validate.out().lines().toList());
        assertEquals("", validate.err());
    }

    @Test
    void anotherStartDateMovesTheWholeStudy() throws Exception {
        Path file = dir.resolve("later.hiit.json");
        run("demo", "--out", file.toString(), "--start", "2027-01-04").assertSuccess();
        Study study = new StudyStore().load(file);
        assertEquals(LocalDate.of(2027, 1, 4), study.startDate());
        assertEquals(DemoStudy.create(LocalDate.of(2027, 1, 4)), study.withAuditLog(AuditLog.empty()));
    }

    @Test
    void theDemoDoesNotOverwriteAFileUnlessForced() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.hiit.json"), "my precious study");
        CliRun refused = run("demo", "--out", file.toString()).assertUserError();
        assertTrue(refused.err().contains("already exists; use --force to replace it"), refused::toString);
        assertEquals("my precious study", Files.readString(file));
        run("demo", "--out", file.toString(), "--force").assertSuccess();
        assertEquals(DemoStudy.create(), new StudyStore().load(file).withAuditLog(AuditLog.empty()));
    }

    @Test
    void theDemoNeedsAnExistingFolder() {
        Path file = dir.resolve("no-such-folder").resolve("demo.hiit.json");
        CliRun r = run("demo", "--out", file.toString()).assertUserError();
        assertEquals("hiit-planner: cannot write " + file + ": the folder " + file.getParent() + " does not exist",
                r.err().strip());
        assertFalse(Files.exists(file.getParent()));
    }

    @Test
    void demoOptionsAreChecked() {
        CliRun badDate = run("demo", "--out", dir.resolve("x.hiit.json").toString(), "--start", "16/11/2026");
        badDate.assertUsageError();
        assertTrue(badDate.err().contains("'--start'") && badDate.err().contains("expected yyyy-mm-dd"), badDate::toString);
        CliRun impossible = run("demo", "--out", dir.resolve("x.hiit.json").toString(), "--start", "2026-02-30");
        impossible.assertUsageError();
        assertTrue(impossible.err().contains("Invalid value for option '--start': '2026-02-30' is not a date: February"
                + " 2026 has 28 days; expected yyyy-mm-dd, e.g. 2026-11-16"), impossible::toString);
        CliRun farAway = run("schedule", "x.hiit.json", "--from", "+999999999-12-31");
        farAway.assertUsageError();
        assertTrue(farAway.err().contains("'+999999999-12-31' is not a date; expected yyyy-mm-dd"), farAway::toString);
        CliRun month = run("schedule", "x.hiit.json", "--to", "2026-13-01");
        assertTrue(month.err().contains("'2026-13-01' is not a date: there is no month 13 (months go from 01 to 12)"),
                month::toString);
        run("demo").assertUsageError();
    }

    @Test
    void anUnknownGroupIsAnErrorWithItsPlace() throws IOException {
        Path file = StudyFilesForTests.withGroup(StudyFilesForTests.demo(dir), 3, "NOPE");
        CliRun r = run("validate", file.toString());
        assertEquals(1, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(List.of("ERROR $.auditLog[0]: the audit trail does not cover the data: the study's data differ "
                        + "from what audit entry 1 sealed in animals: they were changed outside the program, or "
                        + "entries after it were removed",
                "ERROR $.animals[3].group: Animal R04: group \"NOPE\" does not exist",
                "2 errors, 0 warnings"), lines);
        assertEquals("hiit-planner: " + file + ": 2 errors (listed above)", r.err().strip());
    }

    @Test
    void warningsAloneDoNotFailValidation() throws Exception {
        Study study = DemoStudy.create().withProtocol(DemoStudy.create().protocol().withWeek(1,
                DemoStudy.create().protocol().week(1).withIntervals(12)));
        Path file = StudyFilesForTests.save(study, dir.resolve("warn.hiit.json"));
        CliRun r = run("validate", file.toString()).assertSuccess();
        assertEquals(List.of("WARNING $.protocol.weeks[0].intervals: Week 1: 12 intervals is outside the usual 4–10",
                "0 errors, 1 warning"), r.out().lines().toList());
    }

    @Test
    void aFileThatIsNotAStudyListsItsProblems() throws IOException {
        Path file = Files.writeString(dir.resolve("shape.hiit.json"), "{\"schemaVersion\": 1, \"title\": 5}");
        CliRun r = run("validate", file.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().lines().allMatch(l -> l.startsWith("ERROR $") || l.matches("\\d+ errors?, \\d+ warnings?")),
                r::toString);
        assertTrue(r.out().contains("ERROR $.title: "), r::toString);
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nothere.hiit.json");
        CliRun r = run("validate", file.toString()).assertUserError();
        assertEquals("hiit-planner: cannot read " + file + ": no such file", r.err().strip());
    }

    @Test
    void aMalformedFileIsOneLineNamingTheFile() throws IOException {
        Path file = Files.writeString(dir.resolve("broken.hiit.json"), "{\"schemaVersion\": 1, \"title\": ");
        CliRun r = run("validate", file.toString()).assertUserError();
        assertTrue(r.err().startsWith("hiit-planner: " + file), r::toString);
        assertTrue(r.err().contains("line 1"), r::toString);
    }

    @Test
    void aFolderIsNotAStudy() {
        CliRun r = run("validate", dir.toString()).assertUserError();
        assertTrue(r.err().contains("it is a folder"), r::toString);
    }

    @Test
    void validateNeedsAFile() {
        CliRun r = run("validate").assertUsageError();
        assertTrue(r.err().contains("Missing required parameter: 'STUDY'"), r::toString);
    }

    /** The records of issue 11 that validate accepted; today is Wednesday 2026-12-02 (the demo starts 2026-11-16). */
    static Study demoWithBrokenRecords() {
        LocalDate tuesday = LocalDate.of(2026, 11, 17);
        java.util.function.Function<Object[], SessionRecord> r = a -> new SessionRecord((String) a[0], (LocalDate) a[1],
                (Integer) a[2], (SessionStatus) a[3], (Integer) a[4], 0, 0, null, "", "", "Tech",
                Instant.parse("2026-12-02T09:00:00Z"));
        Study demo = DemoStudy.create();
        demo = demo.withAnimals(demo.animals().stream().map(x -> x.id().equals("R21")
                ? x.withExclusion(new Exclusion(LocalDate.of(2026, 11, 16), "injured")) : x).toList());
        return demo.withSessionRecords(List.of(
                r.apply(new Object[]{"R15", tuesday, 2, SessionStatus.COMPLETED, 4}),
                r.apply(new Object[]{"R16", tuesday, 2, SessionStatus.COMPLETED, 99}),
                r.apply(new Object[]{"R17", tuesday, 2, SessionStatus.PARTIAL, 6}),
                r.apply(new Object[]{"R18", tuesday, 2, SessionStatus.COMPLETED, 2}),
                r.apply(new Object[]{"R01", tuesday, 2, SessionStatus.COMPLETED, 4}),
                r.apply(new Object[]{"R19", LocalDate.of(2026, 11, 21), 5, SessionStatus.COMPLETED, 4}),
                r.apply(new Object[]{"R20", tuesday, 999, SessionStatus.COMPLETED, 4}),
                r.apply(new Object[]{"R21", tuesday, 2, SessionStatus.COMPLETED, 4}),
                r.apply(new Object[]{"R22", LocalDate.of(2026, 12, 23), 28, SessionStatus.COMPLETED, 9})));
    }

    @Test
    void recordsThePlanDoesNotExplainAreErrorsAtTheirPlaceAndReadOnlyCommandsStillWork() throws Exception {
        Path file = StudyFilesForTests.save(demoWithBrokenRecords(), dir.resolve("records.hiit.json"));
        Clock wednesday = Clock.fixed(Instant.parse("2026-12-02T12:00:00Z"), ZoneOffset.UTC);
        CliRun r = CliRun.runAt(wednesday, "validate", file.toString());
        assertEquals(1, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(List.of(
                "ERROR $.sessionRecords[1]: Session record of R16 on 2026-11-17: completed means all 4 planned"
                        + " intervals, not 99",
                "ERROR $.sessionRecords[2]: Session record of R17 on 2026-11-17: partial means 1 to 3 of 4"
                        + " intervals, not 6",
                "ERROR $.sessionRecords[3]: Session record of R18 on 2026-11-17: completed means all 4 planned"
                        + " intervals, not 2",
                "ERROR $.sessionRecords[4]: Session record of R01 on 2026-11-17: group CON does not train, so the"
                        + " animal has no sessions",
                "ERROR $.sessionRecords[5]: Session record of R19 on 2026-11-21: Saturday is not a training day",
                "ERROR $.sessionRecords[6]: Session record of R20 on 2026-11-17: session number 999 is not the"
                        + " plan's number 2",
                "ERROR $.sessionRecords[7]: Session record of R21 on 2026-11-17: the animal is excluded from"
                        + " 2026-11-16",
                "ERROR $.sessionRecords[8]: Session record of R22 on 2026-12-23: the day is after today (2026-12-02)",
                "8 errors, 0 warnings"), lines);
        CliRun schedule = CliRun.runAt(wednesday, "schedule", file.toString(), "--from", "2026-12-02", "--to", "2026-12-02");
        assertEquals(0, schedule.exit(), schedule::toString);
        CliRun adherence = CliRun.runAt(wednesday, "adherence", file.toString(), "--as-of", "2026-12-02");
        assertEquals(0, adherence.exit(), adherence::toString);
    }
}
