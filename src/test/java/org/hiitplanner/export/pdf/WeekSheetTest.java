package org.hiitplanner.export.pdf;

import static org.hiitplanner.export.pdf.PdfTestSupport.count;
import static org.hiitplanner.export.pdf.PdfTestSupport.lines;
import static org.hiitplanner.export.pdf.PdfTestSupport.pages;
import static org.hiitplanner.export.pdf.PdfTestSupport.week;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;

class WeekSheetTest {
    private static final Study DEMO = DemoStudy.create();

    @Test
    void weekTwoHasFourteenAnimalsAndFiveDays() throws IOException {
        // Wednesday 2026-11-25 lies in week 2 (2026-11-23 to 2026-11-29)
        List<String> pages = pages(DEMO, week(LocalDate.of(2026, 11, 25)));
        assertEquals(1, pages.size());
        String text = pages.get(0);
        assertTrue(text.contains("Week overview · week 2 · 2026-11-23 to 2026-11-29"));
        assertTrue(text.contains("Week 2 · 5 session days · 14 animals · 5 intervals at 85 % Vmax"));
        for (String day : List.of("Mon 23 Nov", "Tue 24 Nov", "Wed 25 Nov", "Thu 26 Nov", "Fri 27 Nov")) {
            assertEquals(1, count(text, day), day);
        }
        assertFalse(text.contains("Sat 28 Nov"));
        List<String> rows = lines(text).stream().filter(l -> l.matches("^R\\d\\d .*")).toList();
        assertEquals(14, rows.size(), rows.toString());
        assertEquals("R15", rows.get(0).substring(0, 3));
        assertEquals("R28", rows.get(13).substring(0, 3));
        for (String row : rows) {
            assertEquals(5, count(row, "\\d+\\.\\d × 5"), row);
        }
        assertEquals("R15 HIIT 35.47 (2026-11-14) 30.1 × 5 30.1 × 5 30.1 × 5 30.1 × 5 30.1 × 5", rows.get(0));
    }

    @Test
    void missingVmaxAndClampedSpeedsAreMarked() throws IOException {
        String all = String.join("\n", pages(PdfStudies.troublesome(), week(LocalDate.of(2026, 11, 23))));
        List<String> lines = lines(all);
        int r99 = lines.indexOf(lines.stream().filter(l -> l.startsWith("R99 ")).findFirst().orElseThrow());
        assertEquals("R99 HIIT none NO VMAX NO VMAX NO VMAX NO VMAX NO VMAX", lines.get(r99));
        assertEquals(5, count(lines.get(r99 + 1), "do not run"), lines.get(r99 + 1));
        String r15 = lines(all).stream().filter(l -> l.startsWith("R15 ")).findFirst().orElseThrow();
        assertEquals(5, count(r15, "⚠ 30.0 × 5"), r15);
        assertTrue(all.contains("⚠ R15: High speed 30.1 m/min is above the maximum of treadmill"), all);
    }

    @Test
    void aDateOutsideTheStudySaysSo() throws IOException {
        List<String> pages = pages(DEMO, week(LocalDate.of(2026, 10, 1)));
        assertEquals(1, pages.size());
        assertTrue(pages.get(0).contains("Thursday 2026-10-01 is outside the study's training weeks"));
    }
}
