package org.hiitplanner.export;

import org.hiitplanner.domain.treadmill.Treadmill;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;

class ScheduleCsvTest {
    static final List<String> HEADER = List.of("animal", "group", "treadmill", "date", "week", "session", "vmax",
            "vmax_test_date", "warmup_speed", "high_speed", "low_speed", "cooldown_speed", "intervals", "warmup_s",
            "high_s", "low_s", "cooldown_s", "total_s", "distance_m", "warnings");
    /** Monday of week 2 of the hand-built study. */
    static final LocalDate WEEK2_MONDAY = SampleStudies.START.plusWeeks(1);

    private final ScheduleEngine engine = new ScheduleEngine();

    static String csv(List<PlannedSession> sessions) throws IOException {
        StringWriter out = new StringWriter();
        new ScheduleCsv().write(sessions, out);
        return out.toString();
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            assertEquals(HEADER, parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    static CSVRecord row(List<CSVRecord> rows, String animal, LocalDate date) {
        return rows.stream().filter(r -> r.get("animal").equals(animal) && r.get("date").equals(date.toString()))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + animal + " on " + date));
    }

    @Test
    void theHeaderIsExactlyTheAgreedColumnsAndTheLinesEndInCrLf() throws IOException {
        String csv = csv(List.of());
        assertEquals(String.join(",", HEADER) + "\r\n", csv);
        assertEquals(HEADER, ScheduleColumn.headers());
    }

    @Test
    void week2OfVmax3075HasTheHandComputedCells() throws IOException {
        List<CSVRecord> rows = parse(csv(engine.schedule(SampleStudies.handBuilt())));
        CSVRecord r = row(rows, "R1", WEEK2_MONDAY);
        assertEquals("HIIT", r.get("group"));
        assertEquals("Treadmill 1", r.get("treadmill"));
        assertEquals("2", r.get("week"));
        assertEquals("6", r.get("session"));
        assertEquals("30.75", r.get("vmax"));
        assertEquals("2026-11-14", r.get("vmax_test_date"));
        // 30.75 × 40 % = 12.3; × 85 % = 26.1375 → 26.1; × 50 % = 15.375 → 15.4
        assertEquals("12.3", r.get("warmup_speed"));
        assertEquals("26.1", r.get("high_speed"));
        assertEquals("15.4", r.get("low_speed"));
        assertEquals("12.3", r.get("cooldown_speed"));
        assertEquals("5", r.get("intervals"));
        assertEquals("300", r.get("warmup_s"));
        assertEquals("120", r.get("high_s"));
        assertEquals("60", r.get("low_s"));
        assertEquals("300", r.get("cooldown_s"));
        assertEquals("1500", r.get("total_s"));
        // 61.5 + 261 + 77 + 61.5
        assertEquals("461.0", r.get("distance_m"));
        assertEquals("", r.get("warnings"));
    }

    @Test
    void aSessionWithoutVmaxHasEmptySpeedCellsButItsDurations() throws IOException {
        CSVRecord r = row(parse(csv(engine.schedule(SampleStudies.handBuilt()))), "R2", WEEK2_MONDAY);
        for (String empty : List.of("vmax", "vmax_test_date", "warmup_speed", "high_speed", "low_speed",
                "cooldown_speed", "distance_m")) {
            assertEquals("", r.get(empty), empty);
        }
        assertEquals("5", r.get("intervals"));
        assertEquals("1500", r.get("total_s"));
        assertEquals("No Vmax: no valid step test on or before this day", r.get("warnings"));
    }

    @Test
    void severalWarningsAreJoinedWithASemicolon() throws IOException {
        // a 14 m/min treadmill clamps the high (26.1) and the low (15.4) speed
        List<PlannedSession> sessions = engine.schedule(SampleStudies.withTreadmillMax("14"));
        CSVRecord r = row(parse(csv(sessions)), "R1", WEEK2_MONDAY);
        assertEquals("14.0", r.get("high_speed"));
        assertEquals("14.0", r.get("low_speed"));
        assertEquals("12.3", r.get("warmup_speed"));
        List<String> warnings = sessions.stream().filter(s -> s.animalId().equals("R1")
                && s.date().equals(WEEK2_MONDAY)).findFirst().orElseThrow().prescription().warnings();
        assertEquals(2, warnings.size());
        assertEquals(warnings.get(0) + "; " + warnings.get(1), r.get("warnings"));
        assertTrue(r.get("warnings").startsWith("High speed 26.1 m/min is above the maximum"), r.get("warnings"));
    }

    @Test
    void readBackEveryRowEqualsTheEnginesSessionsInOrder() throws IOException {
        List<PlannedSession> sessions = engine.schedule(SampleStudies.large(30, 7));
        List<CSVRecord> rows = parse(csv(sessions));
        assertEquals(30 * 40, rows.size());
        for (int i = 0; i < sessions.size(); i++) {
            assertRowIs(sessions.get(i), rows.get(i));
        }
    }

    /** Compares a CSV row with a session field by field, without going through the exporter's column table. */
    static void assertRowIs(PlannedSession s, CSVRecord r) {
        assertEquals(s.animalId(), r.get("animal"));
        assertEquals(s.group(), r.get("group"));
        assertEquals(s.treadmill(), r.get("treadmill"));
        assertEquals(s.date(), LocalDate.parse(r.get("date")));
        assertEquals(s.week(), Integer.parseInt(r.get("week")));
        assertEquals(s.number(), Integer.parseInt(r.get("session")));
        assertEquals(s.vmax().vmax(), new BigDecimal(r.get("vmax")));
        assertEquals(s.vmax().testDate(), LocalDate.parse(r.get("vmax_test_date")));
        var p = s.prescription();
        assertEquals(p.warmUpSpeed(), new BigDecimal(r.get("warmup_speed")));
        assertEquals(p.highSpeed(), new BigDecimal(r.get("high_speed")));
        assertEquals(p.lowSpeed(), new BigDecimal(r.get("low_speed")));
        assertEquals(p.coolDownSpeed(), new BigDecimal(r.get("cooldown_speed")));
        assertEquals(p.intervals(), Integer.parseInt(r.get("intervals")));
        assertEquals(p.warmUpSeconds(), Integer.parseInt(r.get("warmup_s")));
        assertEquals(p.highSeconds(), Integer.parseInt(r.get("high_s")));
        assertEquals(p.lowSeconds(), Integer.parseInt(r.get("low_s")));
        assertEquals(p.coolDownSeconds(), Integer.parseInt(r.get("cooldown_s")));
        assertEquals(p.totalSeconds(), Integer.parseInt(r.get("total_s")));
        assertEquals(p.distanceMetres(), new BigDecimal(r.get("distance_m")));
        assertEquals(String.join("; ", p.warnings()), r.get("warnings"));
    }

    @Test
    void textCellsThatCouldBeFormulasAreQuotedButNumbersStayNumbers() throws IOException {
        Study study = SampleStudies.withIds("=cmd", "@SUM(A1)");
        CSVRecord r = row(parse(csv(engine.schedule(study))), "'=cmd", WEEK2_MONDAY);
        assertEquals("26.1", r.get("high_speed"));
        assertEquals(new BigDecimal("26.1"), new BigDecimal(r.get("high_speed")));
        assertEquals("30.75", r.get("vmax"));
        assertFalse(parse(csv(engine.schedule(study))).stream().anyMatch(x -> x.get("animal").startsWith("@")));
        assertEquals(1, parse(csv(engine.schedule(study))).stream()
                .filter(x -> x.get("animal").equals("'@SUM(A1)") && x.get("date").equals(WEEK2_MONDAY.toString()))
                .count());
    }

    @Test
    void theStreamVersionWritesUtf8AndLeavesTheStreamOpen() throws IOException {
        Study study = SampleStudies.withIds("Rå-1", "R2");
        boolean[] closed = {false};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new ScheduleCsv().write(engine.schedule(study), bytes);
        assertFalse(closed[0]);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("\r\nRå-1,HIIT,Treadmill 1,2026-11-16,1,1,30.75,"), text.substring(0, 300));
        assertEquals(csv(engine.schedule(study)), text);
    }

    @Test
    void theWriterIsFlushedButNotClosed() throws IOException {
        boolean[] closed = {false};
        StringWriter target = new StringWriter() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        new ScheduleCsv().write(engine.schedule(SampleStudies.handBuilt()), target);
        assertFalse(closed[0]);
        assertEquals(2 * 40, parse(target.toString()).size());
    }

    @Test
    void excelEuropeReadBackEqualsTheEnginesSessionsWithDecimalCommas() throws IOException {
        List<PlannedSession> sessions = engine.schedule(DemoStudy.create());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(560, new ScheduleCsv().write(sessions, CsvOptions.EXCEL_EUROPE, bytes, Progress.NONE));
        byte[] raw = bytes.toByteArray();
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(raw[0], raw[1], raw[2]));
        String text = new String(raw, 3, raw.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith(String.join(";", HEADER) + "\r\n"), text.substring(0, 80));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get();
        List<CSVRecord> rows;
        try (CSVParser parser = CSVParser.parse(text, format)) {
            assertEquals(HEADER, parser.getHeaderNames());
            rows = parser.getRecords();
        }
        assertEquals(560, rows.size());
        CSVRecord first = rows.get(0);
        // R15's first session: Vmax 35.47, 80 % = 28.376 → 28.4, distance 440.0 m
        assertEquals(List.of("R15", "HIIT", "Exer-3 rat", "2026-11-16", "1", "1", "35,47", "2026-11-14", "14,2",
                "28,4", "17,7", "14,2", "4", "300", "120", "60", "300", "1320", "440,0", ""), first.toList());
        for (int i = 0; i < sessions.size(); i++) {
            assertRowIs(sessions.get(i), decimalPoints(rows.get(i)));
        }
    }

    @Test
    void standardReadBackOfTheDemoStudyEqualsTheEnginesSessionsWithoutBom() throws IOException {
        List<PlannedSession> sessions = engine.schedule(DemoStudy.create());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new ScheduleCsv().write(sessions, CsvOptions.STANDARD, bytes, Progress.NONE);
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals('a', text.charAt(0));
        List<CSVRecord> rows = parse(text);
        assertEquals(560, rows.size());
        assertEquals("35.47", rows.get(0).get("vmax"));
        for (int i = 0; i < sessions.size(); i++) {
            assertRowIs(sessions.get(i), rows.get(i));
        }
    }

    /** The record with every decimal comma turned into a point, re-read under the standard header. */
    private static CSVRecord decimalPoints(CSVRecord r) throws IOException {
        List<String> cells = new java.util.ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            String v = r.get(i);
            cells.add(v.matches("-?\\d+,\\d+") ? v.replace(',', '.') : v);
        }
        StringWriter line = new StringWriter();
        CSVFormat.DEFAULT.printRecord(line, cells.toArray());
        return parse(String.join(",", HEADER) + "\r\n" + line).get(0);
    }

    @Test
    void progressIsReportedEveryHundredRowsAndAtTheEnd() throws IOException {
        List<PlannedSession> sessions = engine.schedule(DemoStudy.create());
        List<Long> done = new java.util.ArrayList<>();
        Progress progress = new Progress() {
            @Override
            public void update(long d, long total, String message) {
                assertEquals(560, total);
                done.add(d);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        new ScheduleCsv().write(sessions, CsvOptions.STANDARD, new StringWriter(), progress);
        assertEquals(List.of(100L, 200L, 300L, 400L, 500L, 560L), done);
    }

    @Test
    void aCancelledExportStopsWithTheExceptionAndWritesNoFurtherRows() {
        List<PlannedSession> sessions = engine.schedule(DemoStudy.create());
        StringWriter out = new StringWriter();
        Progress cancelAt200 = new Progress() {
            private long done;

            @Override
            public void update(long d, long total, String message) {
                done = d;
            }

            @Override
            public boolean isCancelled() {
                return done >= 200;
            }
        };
        assertThrows(ExportCancelledException.class,
                () -> new ScheduleCsv().write(sessions, CsvOptions.STANDARD, out, cancelAt200));
        // the header and the 200 rows written before the cancel was seen; the caller discards the partial file
        assertEquals(201, out.toString().lines().count());
        Progress cancelled = new Progress() {
            @Override
            public void update(long d, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        StringWriter none = new StringWriter();
        assertThrows(ExportCancelledException.class,
                () -> new ScheduleCsv().write(sessions, CsvOptions.EXCEL_EUROPE, none, cancelled));
        assertEquals("", none.toString());
    }
}
