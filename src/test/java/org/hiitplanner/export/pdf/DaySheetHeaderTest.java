package org.hiitplanner.export.pdf;

import static org.hiitplanner.export.pdf.PdfTestSupport.day;
import static org.hiitplanner.export.pdf.PdfTestSupport.lines;
import static org.hiitplanner.export.pdf.PdfTestSupport.pages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;

/** The day sheet's page header is never cut, and a treadmill named "Treadmill 1" is not called "Treadmill Treadmill 1". */
class DaySheetHeaderTest {
    private static final Study DEMO = DemoStudy.create();
    /** Wednesday of week 3: 5 sessions a week, so session 5 + 5 + 3 = 13. */
    private static final LocalDate WEDNESDAY_WEEK_3 = LocalDate.of(2026, 12, 2);

    @Test
    void aWednesdayHeaderFitsWithTheShortWeekdayAndNothingCut() throws IOException {
        List<String> pages = pages(DEMO, day(WEDNESDAY_WEEK_3));
        for (String page : pages) {
            String header = lines(page).get(0);
            assertEquals("HIIT in type 2 diabetic rats (demo) Day run sheet · Wed 2026-12-02 · week 3, session 13",
                    header);
        }
    }

    @Test
    void aMondayHeaderKeepsTheFullWeekdayWhenItFits() throws IOException {
        String header = lines(pages(DEMO, day(LocalDate.of(2026, 11, 23))).get(0)).get(0);
        assertEquals("HIIT in type 2 diabetic rats (demo) Day run sheet · Monday 2026-11-23 · week 2, session 6", header);
    }

    @Test
    void aLongStudyTitleGivesWayToTheSheetName() throws IOException {
        Study longTitle = DEMO.withInfo(new org.hiitplanner.domain.study.StudyInfo(
                "High-intensity interval training in type 2 diabetic Zucker rats, cohort 2027 (pilot)",
                DEMO.info().species(), DEMO.info().strain(), DEMO.info().sex(), DEMO.info().investigator()));
        String header = lines(pages(longTitle, day(WEDNESDAY_WEEK_3)).get(0)).get(0);
        assertTrue(header.endsWith(" Day run sheet · Wed 2026-12-02 · week 3, session 13"), header);
    }

    @Test
    void aTreadmillNamedTreadmillIsNotPrefixedAgain() throws IOException {
        Study renamed = DEMO.withTreadmills(List.of(DEMO.treadmills().get(0).withName("Treadmill 1")));
        String all = String.join("\n", pages(renamed, day(WEDNESDAY_WEEK_3)));
        assertTrue(all.contains("\nTreadmill 1 · 3 lanes · one belt · incline 0°\n"), all);
        assertFalse(all.contains("Treadmill Treadmill"));
        assertTrue(String.join("\n", pages(DEMO, day(WEDNESDAY_WEEK_3)))
                .contains("\nTreadmill Exer-3 rat · 3 lanes · one belt · incline 0°\n"));
        assertTrue(TreadmillHeading.startsWithWord("treadmill B"));
        assertFalse(TreadmillHeading.startsWithWord("Treadmills east"));
    }
}
