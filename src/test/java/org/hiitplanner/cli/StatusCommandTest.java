package org.hiitplanner.cli;

import static org.hiitplanner.cli.CliRun.run;
import static org.hiitplanner.cli.CliRun.runAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hiitplanner.app.DemoStudies;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.Migrations;
import org.hiitplanner.storage.StudyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code status} and {@code demo --in-progress}, on the demo (start Monday 2026-11-16). */
class StatusCommandTest {
    private static final Clock THURSDAY_WEEK_3 = Clock.fixed(Instant.parse("2026-12-03T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void theFixedDemoOnWednesdayOfWeek3LacksTheWeek2TestAndEveryRecord() {
        Path demo = StudyFilesForTests.demo(dir);
        CliRun status = run("status", demo.toString(), "--as-of", "2026-12-02").assertSuccess();
        assertEquals(List.of("The planned step test of 2026-11-28 has no result for 28 of 28 animals: R01, R02, R03,"
                        + " R04, R05, R06, R07, R08, R09, R10, R11, R12, R13, R14, R15, R16, R17, R18, R19, R20, R21,"
                        + " R22, R23, R24, R25, R26, R27, R28",
                "168 past sessions have no record, on 12 days: 2026-11-16, 2026-11-17, 2026-11-18, 2026-11-19,"
                        + " 2026-11-20, 2026-11-23, 2026-11-24, 2026-11-25, 2026-11-26, 2026-11-27, 2026-11-30,"
                        + " 2026-12-01"), status.out().lines().toList());
        assertEquals("", status.err());
    }

    @Test
    void jsonForAScript() throws Exception {
        Path demo = StudyFilesForTests.demo(dir);
        CliRun status = run("status", demo.toString(), "--as-of", "2026-11-24", "--format", "json").assertSuccess();
        JsonNode root = new ObjectMapper().readTree(status.out());
        assertEquals("2026-11-24", root.get("asOf").asText());
        assertEquals(1, root.get("items").size());
        JsonNode item = root.get("items").get(0);
        assertEquals("SESSIONS_NOT_RECORDED", item.get("code").asText());
        // Mon–Fri of week 1 and Monday of week 2, 14 trained rats each
        assertEquals(84, item.get("count").asInt());
        assertEquals(6, item.get("dates").size());
        assertEquals("2026-11-23", item.get("dates").get(5).asText());
        assertTrue(item.get("date").isNull());
        assertTrue(item.get("value").isNull());
    }

    @Test
    void theDemoInProgressHasOnlyItsWelfareEventToReport() throws Exception {
        Path file = dir.resolve("progress.hiit.json");
        CliRun demo = runAt(THURSDAY_WEEK_3, "demo", "--in-progress", "--today", "2026-12-02", "--out",
                file.toString()).assertSuccess();
        assertTrue(demo.out().contains("8 weeks from 2026-11-16, 168 session records"), demo::toString);
        Study written = new StudyStore(Migrations.standard(), THURSDAY_WEEK_3).load(file);
        assertEquals(DemoStudies.inProgress(LocalDate.of(2026, 12, 2)), written);
        CliRun status = runAt(THURSDAY_WEEK_3, "status", file.toString(), "--as-of", "2026-12-02").assertSuccess();
        assertEquals(List.of("Welfare: animal R17 had 25 stimuli on 2026-11-24, above the limit of 20 per session"),
                status.out().lines().toList());
        // on Thursday (the clock's today) Wednesday's 14 sessions are past and not recorded
        CliRun thursday = runAt(THURSDAY_WEEK_3, "status", file.toString()).assertSuccess();
        assertTrue(thursday.out().contains("14 past sessions have no record, on 1 day: 2026-12-02"),
                thursday::toString);
    }

    @Test
    void aNewStudySaysWhatToAddAndAllWellIsANote() throws Exception {
        Path file = StudyFilesForTests.save(Study.newFromTemplate("New study", LocalDate.of(2027, 1, 4)),
                dir.resolve("new.hiit.json"));
        CliRun status = run("status", file.toString(), "--as-of", "2026-12-02").assertSuccess();
        assertEquals(List.of("Next: add the groups (e.g. control and HIIT) on the Animals screen"),
                status.out().lines().toList());
        Path demo = StudyFilesForTests.demo(dir);
        CliRun well = run("status", demo.toString(), "--as-of", "2026-11-16").assertSuccess();
        assertEquals("", well.out());
        assertEquals("hiit-planner: note: nothing needs attention in " + demo + " on 2026-11-16",
                well.err().strip());
    }

    @Test
    void badInput() {
        run("status", dir.resolve("missing.hiit.json").toString()).assertUserError();
        Path demo = StudyFilesForTests.demo(dir);
        run("status", demo.toString(), "--as-of", "2-12-2026").assertUsageError();
        run("status", demo.toString(), "--format", "xml").assertUsageError();
        run("demo", "--in-progress", "--start", "2026-11-16", "--out", dir.resolve("x.hiit.json").toString())
                .assertUsageError();
    }
}
