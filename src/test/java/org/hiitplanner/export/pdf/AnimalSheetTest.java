package org.hiitplanner.export.pdf;

import static org.hiitplanner.export.pdf.PdfTestSupport.animal;
import static org.hiitplanner.export.pdf.PdfTestSupport.between;
import static org.hiitplanner.export.pdf.PdfTestSupport.count;
import static org.hiitplanner.export.pdf.PdfTestSupport.lines;
import static org.hiitplanner.export.pdf.PdfTestSupport.pages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.export.Progress;
import org.junit.jupiter.api.Test;

class AnimalSheetTest {
    private static final Study DEMO = DemoStudy.create();
    /** date, weekday, week, session, then the numbers of the row. */
    private static final Pattern SESSION_ROW = Pattern.compile("^\\d{4}-\\d\\d-\\d\\d (Mon|Tue|Wed|Thu|Fri) \\d+ \\d+ .*");
    private static final String HEADER = "Date Day Week Sess. Vmax Warm-up High Low Cool-down Int. Total Dist. Warnings";

    private static List<String> sessionRows(List<String> pages) {
        List<String> rows = new ArrayList<>();
        for (String page : pages) {
            lines(page).stream().filter(l -> SESSION_ROW.matcher(l).matches()).forEach(rows::add);
        }
        return rows;
    }

    @Test
    void r15HasFortySessionRowsOverTwoPagesWithTheHeaderRepeated() throws IOException {
        List<String> pages = pages(DEMO, animal("R15"));
        assertEquals(2, pages.size());
        List<String> rows = sessionRows(pages);
        assertEquals(40, rows.size());
        int onFirst = sessionRows(List.of(pages.get(0))).size();
        assertTrue(onFirst > 20 && onFirst < 40, "rows on page 1: " + onFirst);
        for (String page : pages) {
            assertEquals(1, lines(page).stream().filter(l -> l.startsWith(HEADER)).count(), page);
        }
        assertTrue(pages.get(1).contains("R15 · schedule, continued"));
        assertTrue(rows.get(0).startsWith("2026-11-16 Mon 1 1 35.47 14.2 28.4 17.7 14.2 4 22:00 440.0"), rows.get(0));
    }

    @Test
    void weekEightRunsAtHundredPercentOfVmax() throws IOException {
        List<String> rows = sessionRows(pages(DEMO, animal("R15")));
        List<String> week8 = rows.stream().filter(r -> r.split(" ")[2].equals("8")).toList();
        assertEquals(5, week8.size());
        for (String row : week8) {
            String[] cells = row.split(" ");
            // Vmax 35.47 × 100 % = 35.47 → 35.5; 10 intervals; 300 + 10 × 180 + 300 = 2400 s = 40:00
            assertEquals("35.47", cells[4], row);
            assertEquals("35.5", cells[6], row);
            assertEquals("10", cells[9], row);
            assertEquals("40:00", cells[10], row);
        }
        assertTrue(week8.get(4).startsWith("2027-01-08 Fri 8 40 "), week8.get(4));
    }

    @Test
    void stepTestsShowTheVmaxHistoryAndPlannedDays() throws IOException {
        String page1 = pages(DEMO, animal("R15")).get(0);
        String tests = between(page1, "Step tests and Vmax", "Schedule");
        assertTrue(tests.contains("2026-11-14 Sat 13 stages + 88 s 35.47 valid sessions 1–40"), tests);
        assertEquals(4, count(tests, "— planned"), tests);
        for (String planned : List.of("2026-11-28", "2026-12-12", "2026-12-26", "2027-01-09")) {
            assertTrue(tests.contains(planned + " Sat"), planned);
        }
    }

    @Test
    void anInvalidTestIsMarkedAndAControlHasNoSessions() throws IOException {
        // R09 (T2D, a control) refused on 2026-11-14 (95 s: failed in stage 1) and was re-tested the next day
        List<String> pages = pages(DEMO, animal("R09"));
        assertEquals(1, pages.size());
        String text = pages.get(0);
        assertTrue(text.contains("2026-11-14 Sat ran 1:35 — INVALID not used"), text);
        assertTrue(text.contains("Refused to run; re-tested"), text);
        assertTrue(text.contains("2026-11-15 Sun ran 22:13 30.22 valid no session"), text);
        assertTrue(text.contains("2026-11-15 Sun"), text);
        assertTrue(text.contains("valid no session"), text);
        assertTrue(text.contains("No training sessions"), text);
        assertTrue(sessionRows(pages).isEmpty());
        assertTrue(text.contains("Group T2D"), text);
    }

    @Test
    void warningsAreListedInFullAfterTheTable() throws IOException {
        List<String> pages = pages(PdfStudies.troublesome(), animal("R15"));
        String all = String.join("\n", pages);
        // weeks 2–8 clamp (30.1 and more > 30.0); week 1 (80 % → 28.4) does not
        assertTrue(all.contains("35 with speed warnings"), all);
        assertTrue(all.contains("Sessions 6–15: High speed 30.1 m/min is above the maximum of treadmill"), all);
        List<String> rows = sessionRows(pages);
        assertEquals(40, rows.size());
        assertTrue(rows.get(5).contains("30.0"), rows.get(5));
        assertTrue(rows.get(5).contains("⚠ High speed 30.1"), rows.get(5));
    }

    @Test
    void anUnknownAnimalIsRefusedAndNothingIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThrows(IllegalArgumentException.class, () ->
                new PdfExporter(new ScheduleEngine()).write(DEMO, animal("R77"), out, Progress.NONE));
        assertEquals(0, out.size());
    }

    @Test
    void aBlindedStudyShowsTheCodeInsteadOfTheGroup() throws IOException {
        String text = pages(DaySheetTest.blinded(DEMO), animal("R15")).get(0);
        assertFalse(text.contains("HIIT"), text);
        assertTrue(Pattern.compile("Code [0-9A-Z]{4}-[0-9A-Z] · male").matcher(text).find(), text);
    }
}
