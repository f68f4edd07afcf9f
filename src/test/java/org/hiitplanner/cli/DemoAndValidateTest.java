package org.hiitplanner.cli;

import static org.hiitplanner.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

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
        assertEquals(DemoStudy.create(), new StudyStore().load(file));
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
        assertEquals(DemoStudy.create(LocalDate.of(2027, 1, 4)), study);
    }

    @Test
    void theDemoDoesNotOverwriteAFileUnlessForced() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.hiit.json"), "my precious study");
        CliRun refused = run("demo", "--out", file.toString()).assertUserError();
        assertTrue(refused.err().contains("already exists; use --force to replace it"), refused::toString);
        assertEquals("my precious study", Files.readString(file));
        run("demo", "--out", file.toString(), "--force").assertSuccess();
        assertEquals(DemoStudy.create(), new StudyStore().load(file));
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
        run("demo").assertUsageError();
    }

    @Test
    void anUnknownGroupIsAnErrorWithItsPlace() throws IOException {
        Path file = StudyFilesForTests.withGroup(StudyFilesForTests.demo(dir), 3, "NOPE");
        CliRun r = run("validate", file.toString());
        assertEquals(1, r.exit(), r::toString);
        List<String> lines = r.out().lines().toList();
        assertEquals(List.of("ERROR $.animals[3].group: Animal R04: group \"NOPE\" does not exist",
                "1 error, 0 warnings"), lines);
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
}
