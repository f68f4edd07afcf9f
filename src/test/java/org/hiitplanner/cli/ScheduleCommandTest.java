package org.hiitplanner.cli;

import org.hiitplanner.domain.treadmill.Treadmill;

import static org.hiitplanner.cli.CliRun.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.export.SampleStudies;
import org.hiitplanner.storage.StudyStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScheduleCommandTest {
    static final List<String> HEADER = List.of("animal", "group", "treadmill", "date", "week", "session", "vmax",
            "vmax_test_date", "warmup_speed", "high_speed", "low_speed", "cooldown_speed", "intervals", "warmup_s",
            "high_s", "low_s", "cooldown_s", "total_s", "distance_m", "warnings");

    @TempDir
    Path dir;
    private Path demo;

    @BeforeEach
    void writeDemo() {
        demo = StudyFilesForTests.demo(dir);
    }

    static List<CSVRecord> csv(String text) throws IOException {
        try (CSVParser parser = CSVParser.parse(text, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(HEADER, parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    private List<CSVRecord> schedule(String... options) throws IOException {
        String[] args = new String[options.length + 2];
        args[0] = "schedule";
        args[1] = demo.toString();
        System.arraycopy(options, 0, args, 2, options.length);
        CliRun r = run(args).assertSuccess();
        assertEquals("", r.err());
        return csv(r.out());
    }

    @Test
    void fourteenTrainedRatsTimesFortySessionsSortedByDateThenAnimal() throws IOException {
        List<CSVRecord> rows = schedule();
        assertEquals(14 * 40, rows.size());
        assertEquals("R15", rows.get(0).get("animal"));
        assertEquals(DemoStudy.DEFAULT_START.toString(), rows.get(0).get("date"));
        assertEquals("1", rows.get(0).get("session"));
        assertEquals("R28", rows.get(rows.size() - 1).get("animal"));
        assertEquals("2027-01-08", rows.get(rows.size() - 1).get("date"));
        Comparator<CSVRecord> order = Comparator.comparing((CSVRecord r) -> r.get("date")).thenComparing(r -> r.get("animal"));
        for (int i = 1; i < rows.size(); i++) {
            assertTrue(order.compare(rows.get(i - 1), rows.get(i)) < 0, "row " + i);
        }
        assertTrue(rows.stream().allMatch(r -> r.get("group").equals("HIIT") || r.get("group").equals("T2D+HIIT")));
    }

    @Test
    void theCsvReadBackEqualsTheEnginesSessions() throws Exception {
        List<PlannedSession> sessions = new ScheduleEngine().schedule(new StudyStore().load(demo));
        List<CSVRecord> rows = schedule();
        assertEquals(sessions.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            PlannedSession s = sessions.get(i);
            CSVRecord r = rows.get(i);
            assertEquals(s.animalId(), r.get("animal"));
            assertEquals(s.date(), LocalDate.parse(r.get("date")));
            assertEquals(s.number(), Integer.parseInt(r.get("session")));
            assertEquals(s.vmax().vmax(), new BigDecimal(r.get("vmax")));
            assertEquals(s.prescription().highSpeed(), new BigDecimal(r.get("high_speed")));
            assertEquals(s.prescription().lowSpeed(), new BigDecimal(r.get("low_speed")));
            assertEquals(s.prescription().distanceMetres(), new BigDecimal(r.get("distance_m")));
            assertEquals(s.prescription().totalSeconds(), Integer.parseInt(r.get("total_s")));
        }
    }

    @Test
    void theHandBuiltStudyHasTheHandComputedCells() throws Exception {
        Path file = StudyFilesForTests.save(SampleStudies.handBuilt(), dir.resolve("hand.hiit.json"));
        CliRun r = run("schedule", file.toString(), "--animal", "R1", "--from", "2026-11-23", "--to", "2026-11-23");
        List<CSVRecord> rows = csv(r.assertSuccess().out());
        assertEquals(1, rows.size());
        assertEquals(List.of("R1", "HIIT", "Treadmill 1", "2026-11-23", "2", "6", "30.75", "2026-11-14", "12.3", "26.1",
                "15.4", "12.3", "5", "300", "120", "60", "300", "1500", "461.0", ""), rows.get(0).toList());
        CliRun none = run("schedule", file.toString(), "--animal", "R2", "--from", "2026-11-23", "--to", "2026-11-23");
        assertEquals(List.of("R2", "HIIT", "Treadmill 1", "2026-11-23", "2", "6", "", "", "", "", "", "", "5", "300",
                "120", "60", "300", "1500", "", "No Vmax: no valid step test on or before this day"),
                csv(none.assertSuccess().out()).get(0).toList());
    }

    @Test
    void oneAnimal() throws IOException {
        List<CSVRecord> rows = schedule("--animal", "R20");
        assertEquals(40, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get("animal").equals("R20")));
        assertEquals("40", rows.get(39).get("session"));
    }

    @Test
    void aPeriod() throws IOException {
        List<CSVRecord> rows = schedule("--from", "2026-11-23", "--to", "2026-11-27");
        assertEquals(14 * 5, rows.size());
        assertTrue(rows.stream().allMatch(r -> r.get("week").equals("2")));
        assertEquals("2026-11-23", rows.get(0).get("date"));
        assertEquals("2026-11-27", rows.get(rows.size() - 1).get("date"));
        // 2027-01-01 is the Friday of week 7; then week 8: 1 + 5 days
        assertEquals(14 * 6, schedule("--from", "2027-01-01").size());
        assertEquals(14 * 40, schedule("--to", "2027-12-31").size());
    }

    @Test
    void oneAnimalInAPeriodInJson() throws IOException {
        CliRun r = run("schedule", demo.toString(), "--animal", "R15", "--from", "2026-11-16", "--to", "2026-11-20",
                "--format", "json").assertSuccess();
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertEquals(5, array.size());
        assertEquals("R15", array.get(0).get("animal").asText());
    }

    @Test
    void jsonHasTheSameSessionsWithNumbersAsNumbers() throws IOException {
        CliRun r = run("schedule", demo.toString(), "--format", "json").assertSuccess();
        JsonNode array = new ObjectMapper().readTree(r.out());
        assertEquals(560, array.size());
        JsonNode first = array.get(0);
        assertEquals("R15", first.get("animal").asText());
        assertEquals("2026-11-16", first.get("date").asText());
        assertTrue(first.get("high_speed").isNumber());
        assertTrue(first.get("vmax").isNumber());
        assertTrue(first.get("intervals").isInt());
        List<CSVRecord> rows = schedule();
        assertEquals(new BigDecimal(rows.get(0).get("high_speed")), first.get("high_speed").decimalValue());
    }

    @Test
    void toAFile() throws IOException {
        Path out = dir.resolve("schedule.csv");
        CliRun r = run("schedule", demo.toString(), "--out", out.toString()).assertSuccess();
        assertEquals("Wrote 560 sessions to " + out + ".", r.out().strip());
        assertEquals(560, csv(Files.readString(out)).size());
        Path json = dir.resolve("schedule.json");
        run("schedule", demo.toString(), "--format", "JSON", "--out", json.toString()).assertSuccess();
        assertEquals(560, new ObjectMapper().readTree(json.toFile()).size());
        try (var files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void anOutputFolderThatDoesNotExist() {
        Path out = dir.resolve("missing").resolve("out.csv");
        CliRun r = run("schedule", demo.toString(), "--out", out.toString()).assertUserError();
        assertEquals("hiit-planner: cannot write " + out + ": the folder " + out.getParent() + " does not exist",
                r.err().strip());
    }

    @Test
    void theStudyFileIsNeverTheOutput() throws IOException {
        String before = Files.readString(demo);
        CliRun r = run("schedule", demo.toString(), "--out", demo.toString()).assertUserError();
        assertTrue(r.err().contains("is the study file itself"), r::toString);
        assertEquals(before, Files.readString(demo));
    }

    @Test
    void formulaLikeAnimalIdsAreNeutralisedAndSpeedsStayNumbers() throws Exception {
        Path file = StudyFilesForTests.save(SampleStudies.withIds("=cmd", "+1"), dir.resolve("evil.hiit.json"));
        CliRun r = run("schedule", file.toString(), "--from", "2026-11-23", "--to", "2026-11-23").assertSuccess();
        List<CSVRecord> rows = csv(r.out());
        assertEquals(List.of("'+1", "'=cmd"), rows.stream().map(x -> x.get("animal")).toList());
        assertEquals("26.1", rows.get(1).get("high_speed"));
        assertTrue(r.out().contains("\r\n'=cmd,HIIT,Treadmill 1,2026-11-23,2,6,30.75,2026-11-14,12.3,26.1,"), r::toString);
    }

    @Test
    void anUnknownAnimal() {
        CliRun r = run("schedule", demo.toString(), "--animal", "R99").assertUserError();
        assertEquals("hiit-planner: no animal R99 in " + demo, r.err().strip());
    }

    @Test
    void aControlAnimalHasNoSessionsAndSaysWhy() throws IOException {
        CliRun r = run("schedule", demo.toString(), "--animal", "R01").assertSuccess();
        assertEquals(0, csv(r.out()).size());
        assertEquals("hiit-planner: note: animal R01 is in group CON, which does not train: no sessions",
                r.err().strip());
    }

    @Test
    void badDatesAreUsageErrorsNamingTheOptionAndTheForm() {
        CliRun r = run("schedule", demo.toString(), "--from", "2026-11-31").assertUsageError();
        assertTrue(r.err().startsWith("hiit-planner schedule: Invalid value for option '--from': '2026-11-31' is not a "
                + "date: November 2026 has 30 days; expected yyyy-mm-dd"), r::toString);
        CliRun to = run("schedule", demo.toString(), "--to", "23.11.2026").assertUsageError();
        assertTrue(to.err().contains("'--to'") && to.err().contains("yyyy-mm-dd"), to::toString);
        CliRun order = run("schedule", demo.toString(), "--from", "2026-11-27", "--to", "2026-11-23").assertUsageError();
        assertTrue(order.err().contains("--to 2026-11-23 is before --from 2026-11-27"), order::toString);
    }

    @Test
    void badOptionsAreUsageErrors() {
        run("schedule", demo.toString(), "--format", "xml").assertUsageError();
        run("schedule", demo.toString(), "--animals", "R15").assertUsageError();
        run("schedule").assertUsageError();
    }

    @Test
    void aMissingStudy() {
        Path missing = dir.resolve("gone.hiit.json");
        CliRun r = run("schedule", missing.toString()).assertUserError();
        assertTrue(r.err().contains(missing.toString()), r::toString);
    }

    @Test
    void aMalformedStudy() throws IOException {
        Path file = Files.writeString(dir.resolve("cut.hiit.json"), Files.readString(demo).substring(0, 400));
        CliRun r = run("schedule", file.toString()).assertUserError();
        assertTrue(r.err().startsWith("hiit-planner: " + file + ": line "), r::toString);
    }

    @Test
    void aStudyWithErrorsIsRefusedWithThePlace() throws IOException {
        Path file = StudyFilesForTests.withGroup(demo, 3, "NOPE");
        CliRun r = run("schedule", file.toString()).assertUserError();
        assertEquals("hiit-planner: " + file + ": $.animals[3].group: Animal R04: group \"NOPE\" does not exist",
                r.err().strip());
    }
}
