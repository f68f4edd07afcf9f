package org.hiitplanner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVRecord;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;

class StepTestCsvTest {
    static final List<String> HEADER = List.of("animal", "group", "date", "total_s", "stages", "seconds",
            "vmax_direct", "vmax", "valid", "operator", "note");

    static String csv(Study study, CsvOptions options) throws IOException {
        StringWriter out = new StringWriter();
        new StepTestCsv().write(study, options, out, Progress.NONE);
        return out.toString();
    }

    static List<CSVRecord> parse(String csv, char delimiter) throws IOException {
        return CsvRead.rows(csv, delimiter, HEADER);
    }

    /** Kuipers by hand: 10 + (k − 1)·2 + (t / 120)·2, half up to 0.01. */
    private static BigDecimal kuipers(int totalSeconds) {
        int k = totalSeconds / 120;
        int t = totalSeconds % 120;
        return BigDecimal.valueOf(10 + (k - 1) * 2L).add(BigDecimal.valueOf(2L * t)
                .divide(BigDecimal.valueOf(120), 10, RoundingMode.HALF_UP)).setScale(2, RoundingMode.HALF_UP);
    }

    @Test
    void theDemoStudyHas29ResultsByDateWithR09sRefusalAndItsRetest() throws IOException {
        List<CSVRecord> rows = parse(csv(DemoStudy.create(), CsvOptions.STANDARD), ',');
        assertEquals(29, rows.size());
        assertEquals(28, rows.stream().filter(r -> r.get("date").equals("2026-11-14")).count());
        assertEquals(28, rows.stream().filter(r -> r.get("valid").equals("true")).count());
        // R09 refused on the baseline day: E = 95 s, k = 0 → no Vmax, not valid
        CSVRecord refused = rows.get(8);
        assertEquals(List.of("R09", "T2D", "2026-11-14", "95", "0", "95", "", "", "false", "Demo Technician",
                "Refused to run; re-tested the next day"), refused.toList());
        // … and was re-tested the next day: the last row, after every result of the 14th
        CSVRecord retest = rows.get(28);
        assertEquals("R09", retest.get("animal"));
        assertEquals("2026-11-15", retest.get("date"));
        assertEquals("true", retest.get("valid"));
        assertEquals("", retest.get("note"));
        int e = Integer.parseInt(retest.get("total_s"));
        assertEquals(e / 120, Integer.parseInt(retest.get("stages")));
        assertEquals(e % 120, Integer.parseInt(retest.get("seconds")));
        assertEquals(kuipers(e), new BigDecimal(retest.get("vmax")));
        assertEquals(1, rows.stream().filter(r -> r.get("animal").equals("R09") && r.get("valid").equals("true"))
                .count());
    }

    @Test
    void everyRowsVmaxIsKuipersOfItsTimeAndStagesAndSecondsAddUp() throws IOException {
        List<CSVRecord> rows = parse(csv(DemoStudy.create(), CsvOptions.STANDARD), ',');
        for (CSVRecord r : rows) {
            int e = Integer.parseInt(r.get("total_s"));
            assertEquals(e, 120 * Integer.parseInt(r.get("stages")) + Integer.parseInt(r.get("seconds")), r::toString);
            if (r.get("valid").equals("true")) {
                assertEquals(kuipers(e), new BigDecimal(r.get("vmax")), r::toString);
            }
        }
        // R01: E = 1442 s → k 12, t 2 → 10 + 22 + 0.0333 = 32.03
        assertEquals(List.of("R01", "CON", "2026-11-14", "1442", "12", "2", "", "32.03", "true", "Demo Technician",
                ""), rows.get(0).toList());
        // R10 was entered as stages + seconds (every fifth animal): the same three cells
        assertEquals(List.of("1202", "10", "2", "28.03"), List.of(rows.get(9).get("total_s"),
                rows.get(9).get("stages"), rows.get(9).get("seconds"), rows.get(9).get("vmax")));
    }

    @Test
    void excelEuropeHasABomSemicolonsAndDecimalCommas() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(29, new StepTestCsv().write(DemoStudy.create(), CsvOptions.EXCEL_EUROPE, bytes, Progress.NONE));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFanimal;group;date;total_s;"), text.substring(0, 40));
        assertTrue(text.contains("\r\nR01;CON;2026-11-14;1442;12;2;;32,03;true;Demo Technician;\r\n"), text);
        // the note holds a ';' and is quoted
        assertTrue(text.contains("\r\nR09;T2D;2026-11-14;95;0;95;;;false;Demo Technician;"
                + "\"Refused to run; re-tested the next day\"\r\n"), text);
        assertEquals(29, parse(text, ';').size());
        assertFalse(csv(DemoStudy.create(), CsvOptions.STANDARD).startsWith("\uFEFF"));
    }

    @Test
    void aDirectVmaxFillsVmaxDirectAndVmaxButNoTimes() throws IOException {
        Study study = SampleStudies.handBuilt().withAddedResult(new StepTestResult("R2", SampleStudies.BASELINE,
                new Measurement.DirectVmax(new BigDecimal("28.5")), "", true, "treadmill B"));
        CSVRecord r = parse(csv(study, CsvOptions.STANDARD), ',').get(1);
        assertEquals(List.of("R2", "HIIT", "2026-11-14", "", "", "", "28.5", "28.5", "true", "", "treadmill B"),
                r.toList());
    }

    @Test
    void formulaLikeTextIsNeutralisedButNumbersAreNot() throws IOException {
        Study study = SampleStudies.handBuilt().withStepTestResults(List.of(
                new StepTestResult("R1", SampleStudies.BASELINE, new Measurement.TotalTime(1365), "@admin", true,
                        "=HYPERLINK(\"http://x\")"),
                new StepTestResult("R2", LocalDate.of(2026, 11, 15), new Measurement.Stages(3, 60), "+31 6", true,
                        "-fell off")));
        List<CSVRecord> rows = parse(csv(study, CsvOptions.STANDARD), ',');
        assertEquals("'@admin", rows.get(0).get("operator"));
        assertEquals("'=HYPERLINK(\"http://x\")", rows.get(0).get("note"));
        assertEquals("30.75", rows.get(0).get("vmax"));
        assertEquals("'+31 6", rows.get(1).get("operator"));
        assertEquals("'-fell off", rows.get(1).get("note"));
        // k 3, t 60: 10 + 4 + 1 = 15.00; E = 3·120 + 60
        assertEquals(List.of("420", "3", "60", "15.00"), List.of(rows.get(1).get("total_s"), rows.get(1).get("stages"),
                rows.get(1).get("seconds"), rows.get(1).get("vmax")));
    }

    @Test
    void aResultOfAnAnimalNotInTheStudyHasAnEmptyGroup() throws IOException {
        Study study = SampleStudies.handBuilt().withAddedResult(SampleStudies.total("GONE", SampleStudies.BASELINE,
                1365));
        CSVRecord r = parse(csv(study, CsvOptions.STANDARD), ',').get(0);
        assertEquals("GONE", r.get("animal"));
        assertEquals("", r.get("group"));
    }
}
