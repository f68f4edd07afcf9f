package org.hiitplanner.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.audit.AuditLog;
import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code adherence} and {@code audit} with the worked numbers of issue 5. */
class AdherenceAndAuditCommandTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private static final String HEADER = "key,intervals_planned,intervals_completed,interval_adherence_pct,"
            + "interval_band,sessions_planned,sessions_completed,session_completion_pct,session_band";

    @TempDir
    Path dir;

    /** One animal, week 1 of 7 intervals Mon–Fri: completed 7, 7, partial 5, completed 7, missed. */
    private Study workedWeek() {
        Study s = Study.newFromTemplate("Worked week", MONDAY);
        s = s.withProtocol(s.protocol().withWeek(1, ProtocolWeek.of(7, "80")))
                .withGroups(List.of(new Group("HIIT", true, true), new Group("CON", false, true)))
                .withAnimals(List.of(new Animal("R1", "HIIT", Sex.MALE, null, null, ""),
                        new Animal("C1", "CON", Sex.MALE, null, null, "")))
                // a Vmax (30.75 m/min): only a session with a prescription can be completed or partial
                .withStepTestResults(List.of(new StepTestResult("R1", MONDAY.minusDays(2),
                        new Measurement.TotalTime(1365), "T. Tech", true, "")));
        return s.withSessionRecords(List.of(
                record(0, 1, SessionStatus.COMPLETED, 7),
                record(1, 2, SessionStatus.COMPLETED, 7),
                record(2, 3, SessionStatus.PARTIAL, 5),
                record(3, 4, SessionStatus.COMPLETED, 7),
                record(4, 5, SessionStatus.MISSED, 0)));
    }

    private static SessionRecord record(int day, int number, SessionStatus status, int intervals) {
        return new SessionRecord("R1", MONDAY.plusDays(day), number, status, intervals, 0, 0, null, "", "",
                "T. Tech", Instant.parse("2026-11-16T12:00:00Z").plusSeconds(86_400L * day));
    }

    @Test
    void adherenceByAnimalShowsTheWorkedNumbers() throws Exception {
        Path file = StudyFilesForTests.save(workedWeek(), dir.resolve("week.hiit.json"));

        CliRun r = CliRun.run("adherence", file.toString(), "--as-of", "2026-11-20", "--by", "animal").assertSuccess();

        assertEquals(List.of(HEADER, "R1,35,26,74.3,yellow,5,3,60.0,yellow"), r.out().lines().toList(), r::toString);
    }

    @Test
    void adherenceByWeekAndGroupAsJson() throws Exception {
        Path file = StudyFilesForTests.save(workedWeek(), dir.resolve("week.hiit.json"));

        CliRun byWeek = CliRun.run("adherence", file.toString(), "--as-of", "2026-11-20", "--by", "week")
                .assertSuccess();
        CliRun json = CliRun.run("adherence", file.toString(), "--as-of", "2026-11-20", "--by", "group",
                "--format", "json").assertSuccess();

        assertEquals("1,35,26,74.3,yellow,5,3,60.0,yellow", byWeek.out().lines().toList().get(1), byWeek::toString);
        JsonNode row = new ObjectMapper().readTree(json.out()).get(0);
        assertEquals("HIIT", row.get("key").asText());
        assertEquals("74.3", row.get("interval_adherence_pct").decimalValue().toPlainString());
        assertEquals("yellow", row.get("interval_band").asText());
        assertEquals(3, row.get("sessions_completed").asInt());
        assertEquals("60.0", row.get("session_completion_pct").decimalValue().toPlainString());
    }

    @Test
    void aRecordThePlanDoesNotExplainIsLeftOutAndNamedOnce() throws Exception {
        // Thursday recorded as completed 99 of 7: left out, so Thursday counts as planned and not done
        List<SessionRecord> records = new java.util.ArrayList<>(workedWeek().sessionRecords());
        records.set(3, record(3, 4, SessionStatus.COMPLETED, 99));
        Path file = StudyFilesForTests.save(workedWeek().withSessionRecords(records), dir.resolve("odd.hiit.json"));

        CliRun r = CliRun.run("adherence", file.toString(), "--as-of", "2026-11-20").assertSuccess();

        // 7 + 7 + 5 = 19 of 35 = 54.3 % (yellow), 2 of 5 sessions = 40.0 % (red)
        assertEquals(List.of(HEADER, "R1,35,19,54.3,yellow,5,2,40.0,red"), r.out().lines().toList(), r::toString);
        assertEquals("hiit-planner: note: 1 session record left out up to 2026-11-20, which the plan does not"
                + " explain; see validate " + file, r.err().strip());
    }

    @Test
    void beforeTheFirstDayNothingIsCounted() throws Exception {
        Path file = StudyFilesForTests.save(workedWeek(), dir.resolve("week.hiit.json"));

        CliRun r = CliRun.run("adherence", file.toString(), "--as-of", "2026-11-01").assertSuccess();

        assertEquals(List.of(HEADER), r.out().lines().toList());
        assertTrue(r.err().contains("no planned sessions up to 2026-11-01"), r::toString);
    }

    @Test
    void adherenceOfAMissingFileIsAUserError() {
        CliRun.run("adherence", dir.resolve("none.hiit.json").toString()).assertUserError();
    }

    @Test
    void aBadByIsAUsageError() throws Exception {
        Path file = StudyFilesForTests.save(workedWeek(), dir.resolve("week.hiit.json"));

        CliRun.run("adherence", file.toString(), "--by", "colour").assertUsageError();
    }

    private Path auditedStudy() throws Exception {
        AuditLog log = AuditLog.empty()
                .append(Instant.parse("2026-11-16T12:00:01Z"), "T. Tech", "session record R1 2026-11-16", "",
                        "COMPLETED 7/7", "")
                .append(Instant.parse("2026-11-17T12:00:01Z"), "T. Tech", "session record R1 2026-11-17", "",
                        "COMPLETED 7/7", "")
                .append(Instant.parse("2026-11-18T12:00:01Z"), "PI", "settings", "green 80", "green 85",
                        "lab standard");
        return StudyFilesForTests.save(workedWeek().withAuditLog(log), dir.resolve("audited.hiit.json"));
    }

    @Test
    void anIntactTrailVerifies() throws Exception {
        CliRun r = CliRun.run("audit", auditedStudy().toString(), "--verify").assertSuccess();

        assertEquals("audit trail intact: 4 entries, head 4 · 91d426e3; it seals the study's data"
                + System.lineSeparator(), r.out()); // the 3 entries and "audit trail sealed" when it was saved
    }

    @Test
    void auditListsTheEntries() throws Exception {
        CliRun r = CliRun.run("audit", auditedStudy().toString()).assertSuccess();

        List<String> lines = r.out().lines().toList();
        assertEquals(4, lines.size(), r::toString); // and "audit trail sealed" when it was saved
        assertEquals("3\t2026-11-18T12:00:01Z\tPI\tsettings\tgreen 80 -> green 85\treason: lab standard",
                lines.get(2));
    }

    @Test
    void anEditedEntryFailsVerificationNamingIt() throws Exception {
        Path file = auditedStudy();
        String json = Files.readString(file);
        Files.writeString(file, json.replaceFirst("\"session record R1 2026-11-17\"",
                "\"session record R1 2026-11-19\""));

        CliRun r = CliRun.run("audit", file.toString(), "--verify").assertUserError();

        assertTrue(r.err().contains("audit entry 2 was changed after it was written"), r::toString);
        assertTrue(r.err().contains(file.toString()), r::toString);
    }

    @Test
    void anEditedEntryIsAnErrorInValidate() throws Exception {
        Path file = auditedStudy();
        Files.writeString(file, Files.readString(file).replace("\"green 85\"", "\"green 90\""));

        CliRun r = CliRun.run("validate", file.toString());

        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("ERROR $.auditLog[2]: the audit trail is damaged: "), r::toString);
        assertTrue(r.out().contains("audit entry 3 was changed"), r::toString);
    }
}
