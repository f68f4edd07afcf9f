package org.hiitplanner.export.pdf;

import static org.hiitplanner.export.pdf.PdfTestSupport.between;
import static org.hiitplanner.export.pdf.PdfTestSupport.count;
import static org.hiitplanner.export.pdf.PdfTestSupport.day;
import static org.hiitplanner.export.pdf.PdfTestSupport.pages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyInfo;
import org.hiitplanner.domain.study.StudySettings;
import org.junit.jupiter.api.Test;

class DaySheetTest {
    private static final LocalDate MONDAY_WEEK_2 = LocalDate.of(2026, 11, 23);
    private static final Study DEMO = DemoStudy.create();

    @Test
    void r15IsFirstOnPageOneWithItsVmaxAndSpeeds() throws IOException {
        List<String> pages = pages(DEMO, day(MONDAY_WEEK_2));
        String r15 = between(pages.get(0), "R15", "R16");
        // Vmax 35.47 from the baseline test; week 2 is 85 %: 35.47 × 0.85 = 30.15 → 30.1; 40 % → 14.2; 50 % → 17.7
        assertTrue(r15.contains("Vmax 35.47 m/min"), r15);
        assertTrue(r15.contains("test 2026-11-14"), r15);
        assertTrue(r15.contains("30.1"), r15);
        assertTrue(r15.contains("14.2"), r15);
        assertTrue(r15.contains("17.7"), r15);
        assertTrue(r15.contains("2:00 each"), r15);
        assertTrue(r15.contains("Total 25:00 · 531.5 m"), r15);
        assertFalse(pages.get(1).contains("R15"), "R15 only on page 1");
    }

    @Test
    void listsTheFourteenTrainedAnimalsOnceEachWithPageFooters() throws IOException {
        List<String> pages = pages(DEMO, day(MONDAY_WEEK_2));
        String all = String.join("\n", pages);
        for (int n = 15; n <= 28; n++) {
            assertEquals(1, count(all, "\\bR" + n + " (HIIT|T2D\\+HIIT)\\b"), "R" + n);
        }
        for (int n = 1; n <= 14; n++) {
            assertEquals(0, count(all, String.format("\\bR%02d\\b", n)), "control R" + n + " does not train");
        }
        assertEquals(14, count(all, "Intervals done"));
        assertEquals(14, count(all, "Signature"));
        assertEquals(5, pages.size(), "three animals per A4 page: 14 → 5 pages");
        assertTrue(pages.get(0).contains("Treadmill Exer-3 rat · 3 lanes · incline 0° · 14 animals\n"), pages.get(0));
        assertTrue(pages.get(1).contains("Treadmill Exer-3 rat · 3 lanes · incline 0° · 14 animals (continued)"), pages.get(1));
        for (int p = 1; p <= pages.size(); p++) {
            assertTrue(pages.get(p - 1).contains("page " + p + " of 5"), "footer of page " + p);
            assertTrue(pages.get(p - 1).contains("Generated 2026-11-20 14:05 Europe/Amsterdam · demo-study.hiit.json"));
            assertTrue(pages.get(p - 1).contains("HIIT in type 2 diabetic rats (demo)"));
            assertTrue(pages.get(p - 1).contains("Day run sheet · Monday 2026-11-23 · week 2, session 6"));
        }
    }

    @Test
    void lanesCycleOneToThreeInAnimalIdOrder() throws IOException {
        String all = String.join("\n", pages(DEMO, day(MONDAY_WEEK_2)));
        Matcher m = Pattern.compile("\\b(R\\d\\d) \\S+ +Lane (\\d+)").matcher(all);
        StringBuilder lanes = new StringBuilder();
        while (m.find()) {
            lanes.append(m.group(1)).append('=').append(m.group(2)).append(' ');
        }
        assertEquals("R15=1 R16=2 R17=3 R18=1 R19=2 R20=3 R21=1 R22=2 R23=3 R24=1 R25=2 R26=3 R27=1 R28=2 ",
                lanes.toString());
    }

    @Test
    void speedsAndDurationsAreLargeEnoughToReadAtArmsLength() throws IOException {
        try (PDDocument doc = PdfTestSupport.load(PdfTestSupport.bytes(DEMO, day(MONDAY_WEEK_2)))) {
            List<PdfTestSupport.Run> runs = PdfTestSupport.runs(doc);
            List<PdfTestSupport.Run> high = runs.stream().filter(r -> r.page() == 1 && r.text().equals("30.1")).toList();
            assertEquals(1, high.size());
            assertTrue(high.get(0).size() >= 20f && high.get(0).bold(), high.toString());
            for (String other : List.of("14.2", "17.7", "5:00", "2:00", "1:00")) {
                List<PdfTestSupport.Run> found = runs.stream().filter(r -> r.page() == 1
                        && (r.text().equals(other) || r.text().startsWith(other + " "))).toList();
                assertFalse(found.isEmpty(), other);
                assertTrue(found.stream().allMatch(r -> r.size() >= 14f), other + ": " + found);
            }
        }
    }

    @Test
    void aBlindedStudyPrintsCodesAndNoGroupNames() throws IOException {
        Study blinded = blinded(DEMO);
        List<String> pages = pages(blinded, day(MONDAY_WEEK_2));
        String all = String.join("\n", pages);
        assertEquals(0, count(all, "HIIT"), all);
        assertEquals(0, count(all, "T2D"));
        assertEquals(0, count(all, "\\bCON\\b"));
        Matcher m = Pattern.compile("\\b(R\\d\\d) ([0-9A-Z]{4}-[0-9A-Z]) +Lane").matcher(all);
        Set<String> codes = new HashSet<>();
        String r15Code = null;
        while (m.find()) {
            codes.add(m.group(2));
            r15Code = "R15".equals(m.group(1)) ? m.group(2) : r15Code;
        }
        assertEquals(14, codes.size(), "a distinct code for each of the 14 animals");
        String again = String.join("\n", pages(blinded, day(MONDAY_WEEK_2.plusDays(1))));
        assertTrue(again.contains("R15 " + r15Code), "the same code on another day's sheet");
    }

    static Study blinded(Study study) {
        StudyInfo i = study.info();
        StudySettings s = study.settings();
        return study.withInfo(new StudyInfo("Blinded rat study", i.species(), i.strain(), i.sex(), i.investigator()))
                .withSettings(new StudySettings(true, s.greenPercent(), s.yellowPercent(), s.protocolLimits(), s.welfare()));
    }

    @Test
    void aSessionWithoutVmaxSaysDoNotRunAndAClampedOneWarns() throws IOException {
        List<String> pages = pages(PdfStudies.troublesome(), day(MONDAY_WEEK_2));
        String all = String.join("\n", pages);
        String r99 = between(all, "R99", "Łódź");
        assertTrue(r99.contains("NO VMAX — do not run"), r99);
        assertFalse(r99.contains("Intervals done"), "no tick boxes without speeds");
        assertFalse(r99.contains("m/min  "), r99);
        String r15 = between(all, "R15", "R16");
        // Vmax 35.47 × 85 % = 30.1 is above the 30.0 m/min maximum of the troublesome treadmill
        assertTrue(r15.contains("WARNING: High speed 30.1 m/min is above the maximum of treadmill"), r15);
        assertTrue(r15.contains("30.0"), r15);
        assertTrue(r15.contains("HIGH · CLAMPED"), r15);
    }

    @Test
    void aDayWithoutSessionsPrintsOnePageSayingWhy() throws IOException {
        List<String> saturday = pages(DEMO, day(LocalDate.of(2026, 11, 21)));
        assertEquals(1, saturday.size());
        assertTrue(saturday.get(0).contains("No training sessions on Saturday 2026-11-21."));
        assertTrue(saturday.get(0).contains("Saturday is not a training day"));
        assertTrue(saturday.get(0).contains("page 1 of 1"));
        List<String> after = pages(DEMO, day(LocalDate.of(2027, 2, 1)));
        assertEquals(1, after.size());
        assertTrue(after.get(0).contains("outside the study's training weeks (2026-11-16 to 2027-01-10)"));
        Study holiday = DEMO.withCalendar(DEMO.calendar().withSkipDates(List.of(MONDAY_WEEK_2)));
        assertTrue(pages(holiday, day(MONDAY_WEEK_2)).get(0).contains("skip date"));
    }

    @Test
    void theTreadmillHeadingShowsTheIncline() throws IOException {
        Study inclined = DEMO.withProtocol(DEMO.protocol().withIncline(BigDecimal.valueOf(5)));
        String page = pages(inclined, day(MONDAY_WEEK_2)).get(0);
        assertTrue(page.contains("Treadmill Exer-3 rat · 3 lanes · incline 5° · 14 animals"), page);
    }

    @Test
    void speedsPrintAtTheTreadmillsResolution() throws IOException {
        // a sanity check of the numbers against the arithmetic of DESIGN.md §2: 35.57 × 85 % = 30.2345 → 30.2
        String r16 = between(pages(DEMO, day(MONDAY_WEEK_2)).get(0), "R16", "R17");
        assertTrue(r16.contains("Vmax 35.57"), r16);
        assertEquals(new BigDecimal("30.2"), new BigDecimal("35.57").multiply(new BigDecimal("0.85"))
                .setScale(1, java.math.RoundingMode.HALF_UP));
        assertTrue(r16.contains("30.2"), r16);
    }
}
