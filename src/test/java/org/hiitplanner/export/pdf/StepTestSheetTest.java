package org.hiitplanner.export.pdf;

import static org.hiitplanner.export.pdf.PdfTestSupport.count;
import static org.hiitplanner.export.pdf.PdfTestSupport.lines;
import static org.hiitplanner.export.pdf.PdfTestSupport.pages;
import static org.hiitplanner.export.pdf.PdfTestSupport.stepTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.junit.jupiter.api.Test;

class StepTestSheetTest {
    private static final Study DEMO = DemoStudy.create();
    private static final LocalDate AFTER_WEEK_2 = LocalDate.of(2026, 11, 28);

    @Test
    void listsAllTwentyEightAnimalsOfTheTestedGroups() throws IOException {
        List<String> pages = pages(DEMO, stepTest(AFTER_WEEK_2));
        String all = String.join("\n", pages);
        for (int n = 1; n <= 28; n++) {
            assertEquals(1, count(all, String.format("(?m)^R%02d (CON|T2D|HIIT|T2D\\+HIIT) ", n)), "R" + n);
        }
        assertEquals(28, count(all, "Total time \\(mm:ss\\)"));
        assertEquals(28, count(all, "yes no"));
        assertEquals(7, pages.size(), "four animals per A4 page");
        assertTrue(pages.get(0).contains("(a planned test day) · 28 animals"));
        assertTrue(pages.get(6).contains("page 7 of 7"));
    }

    @Test
    void stageElevenRunsAtThirtyFromTwentyMinutes() throws IOException {
        String page = pages(DEMO, stepTest(AFTER_WEEK_2)).get(0);
        List<String> lines = lines(page);
        int stageLine = lines.indexOf(lines.stream().filter(l -> l.startsWith("Stage 11 ")).findFirst().orElseThrow());
        List<String> stages = Arrays.asList(lines.get(stageLine).split(" "));
        List<String> speeds = Arrays.asList(lines.get(stageLine + 1).split(" "));
        List<String> starts = Arrays.asList(lines.get(stageLine + 2).split(" "));
        int column = stages.indexOf("11");
        assertEquals("m/min", speeds.get(0));
        assertEquals("Start", starts.get(0));
        // S0 10 + (11 − 1) × 2 = 30 m/min, starting at (11 − 1) × 120 s = 20:00
        assertEquals("30", speeds.get(column));
        assertEquals("20:00", starts.get(column));
        // the fastest Vmax of the demo is 39.75: 20 % above is 47.7, reached by stage 20 (48 m/min); at least 20
        assertEquals("20", stages.get(stages.size() - 1));
        assertEquals("48", speeds.get(speeds.size() - 1));
        assertEquals("38:00", starts.get(starts.size() - 1));
        assertFalse(page.contains("Stage 21"));
    }

    @Test
    void aFasterAnimalLengthensTheStageTable() throws IOException {
        // a Vmax of 60 m/min: 20 % above is 72 m/min = stage 32 (10 + 31 × 2)
        Study fast = DEMO.withAddedResult(new StepTestResult("R01", LocalDate.of(2026, 11, 15),
                new Measurement.DirectVmax(new BigDecimal("60")), "", true, ""));
        String all = String.join("\n", pages(fast, stepTest(AFTER_WEEK_2)));
        assertTrue(all.contains("Stages 1–32 shown"), all);
        assertTrue(all.contains("Stage 31 32"), all);
        assertTrue(all.contains("m/min 70 72"), all);
        assertFalse(all.contains(" 33 "), "no stage 33");
    }

    @Test
    void excludedAnimalsAreLeftOutAndOthersKeepTheirVmax() throws IOException {
        Study study = DEMO.withAnimals(DEMO.animals().stream().map(a -> a.id().equals("R03")
                ? a.withExclusion(new Exclusion(LocalDate.of(2026, 11, 25), "Injured paw")) : a).toList());
        String all = String.join("\n", pages(study, stepTest(AFTER_WEEK_2)));
        assertEquals(0, count(all, "(?m)^R03 "));
        assertTrue(all.contains("· 27 animals"));
        assertTrue(all.contains("R15 HIIT Vmax in force 35.47 m/min (2026-11-14)"), all);
    }

    @Test
    void aBlindedStudyHidesTheGroups() throws IOException {
        String all = String.join("\n", pages(DaySheetTest.blinded(DEMO), stepTest(AFTER_WEEK_2)));
        assertEquals(0, count(all, "HIIT|T2D|\\bCON\\b"));
        assertEquals(28, count(all, "(?m)^R\\d\\d [0-9A-Z]{4}-[0-9A-Z] "));
    }
}
