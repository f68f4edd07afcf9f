package org.hiitplanner.export.pdf;

import static org.hiitplanner.export.pdf.PdfTestSupport.between;
import static org.hiitplanner.export.pdf.PdfTestSupport.count;
import static org.hiitplanner.export.pdf.PdfTestSupport.day;
import static org.hiitplanner.export.pdf.PdfTestSupport.pages;
import static org.hiitplanner.export.pdf.PdfTestSupport.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.heats.Heat;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.HeatPlanner;
import org.hiitplanner.domain.heats.HeatRunner;
import org.hiitplanner.domain.heats.StudyHeats;
import org.hiitplanner.domain.treadmill.Tolerance;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyInfo;
import org.hiitplanner.domain.study.StudySettings;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.DayWindow;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DaySheetTest {
    private static final LocalDate MONDAY_WEEK_1 = LocalDate.of(2026, 11, 16);
    private static final LocalDate MONDAY_WEEK_2 = LocalDate.of(2026, 11, 23);
    private static final Study DEMO = DemoStudy.create();
    private static final Pattern HEAT = Pattern.compile("Heat (\\d+) · (\\d\\d:\\d\\d)–(\\d\\d:\\d\\d)");
    private static final Pattern RUNNER = Pattern.compile("Lane (\\d+) +(\\S+) +(\\S+)");

    /** The heats the heats command and every screen show. */
    private static HeatPlan plan(Study study, LocalDate date) {
        List<HeatPlan> plans = new StudyHeats(new HeatPlanner()).day(study,
                new ScheduleEngine().schedule(study, ScheduleQuery.day(date)));
        assertEquals(1, plans.size());
        return plans.get(0);
    }

    private static String all(Study study, LocalDate date) throws IOException {
        return String.join("\n", pages(study, day(date)));
    }

    @Test
    void theFirstMondayShowsFiveHeatsInTheOrderTimesAndBeltSpeedsOfTheHeatPlan() throws IOException {
        HeatPlan plan = plan(DEMO, MONDAY_WEEK_1);
        String all = all(DEMO, MONDAY_WEEK_1);
        // week 1: 4 intervals, 22-min sessions, 10-min changeovers from 08:00 → 08:00, 08:32, 09:04, 09:36, 10:08
        List<String> printed = new ArrayList<>();
        Matcher m = HEAT.matcher(all);
        while (m.find()) {
            printed.add(m.group());
        }
        assertEquals(List.of("Heat 1 · 08:00–08:22", "Heat 2 · 08:32–08:54", "Heat 3 · 09:04–09:26",
                "Heat 4 · 09:36–09:58", "Heat 5 · 10:08–10:30"), printed);
        List<String> planned = new ArrayList<>();
        for (Heat h : plan.heats()) {
            planned.add("Heat " + h.number() + " · " + h.start() + "–" + h.end());
        }
        assertEquals(planned, printed, "the same heats as StudyHeats.day");
        assertTrue(all.contains("Treadmill Exer-3 rat · 3 lanes · one belt · incline 0°"), all);
        assertTrue(all.contains("14 animals in 5 heats · 08:00–10:30 · 150 min in all"), all);
        assertTrue(all.contains("Changeover 10 min between heats · tolerance ±5 % of each animal's high speed"), all);
        assertEquals(4, count(all, "changeover 10 min \\("), "one changeover between each two heats");
        assertTrue(all.contains("changeover 10 min (08:22–08:32)"), all);
        assertTrue(all.contains("changeover 10 min (09:58–10:08)"), all);
    }

    @Test
    void eachHeatsBeltHighSpeedIsPrintedLargeInTheOrderOfThePlan() throws IOException {
        List<String> belt = new ArrayList<>();
        for (Heat h : plan(DEMO, MONDAY_WEEK_1).heats()) {
            belt.add(h.beltSpeeds().orElseThrow().high().toPlainString());
        }
        assertEquals(List.of("21.3", "23.2", "25.0", "28.1", "29.5"), belt);
        try (PDDocument doc = PdfTestSupport.load(PdfTestSupport.bytes(DEMO, day(MONDAY_WEEK_1)))) {
            List<String> large = PdfTestSupport.runs(doc).stream()
                    .filter(r -> r.size() >= DayBlock.HIGH_SPEED_SIZE && r.bold()).map(PdfTestSupport.Run::text)
                    .toList();
            assertEquals(belt, large, "the belt's high speed, and nothing else, in the largest type");
        }
        // heat 1's belt: warm-up 10.7, low 13.3, cool-down 10.7 m/min; 5:00 warm-up, 4 intervals of 2:00 + 1:00
        String heat1 = between(all(DEMO, MONDAY_WEEK_1), "Heat 1 ·", "Heat 2 ·");
        assertTrue(heat1.contains("belt speeds for all 3 animals · 22:00"), heat1);
        assertTrue(heat1.contains("HIGH · 4 intervals"), heat1);
        assertEquals(2, count(heat1, "10\\.7 m/min"), heat1);
        assertTrue(heat1.contains("13.3 m/min"), heat1);
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void eachAnimalAppearsOnceWithItsLaneFromThePlanAndAHeatStaysOnOnePage(Paper paper) throws IOException {
        HeatPlan plan = plan(DEMO, MONDAY_WEEK_1);
        List<String> pages = pages(DEMO, request(PdfKind.DAY, MONDAY_WEEK_1, null, paper));
        Map<String, String> printed = new LinkedHashMap<>();
        for (String page : pages) {
            Matcher m = RUNNER.matcher(page);
            while (m.find()) {
                assertEquals(null, printed.put(m.group(2), m.group(1)), m.group(2) + " printed twice");
            }
        }
        Map<String, String> planned = new LinkedHashMap<>();
        for (Heat h : plan.heats()) {
            for (HeatRunner r : h.runners()) {
                planned.put(r.animalId(), Integer.toString(r.lane()));
            }
            String page = pages.stream().filter(p -> p.contains("Heat " + h.number() + " ·")).findFirst()
                    .orElseThrow();
            for (String id : h.animalIds()) {
                assertTrue(Pattern.compile("Lane \\d+ +" + id + "\\b").matcher(page).find(),
                        id + " on the page of heat " + h.number() + " (" + paper + ")");
            }
        }
        assertEquals(14, printed.size());
        assertEquals(planned, printed, "running order and lanes of the plan");
        // heat 1 of the first Monday: R28, R24, R23 in lanes 1–3
        assertTrue(String.join("", pages).contains("Lane 1 R28 T2D+HIIT"));
        assertEquals(0, count(String.join("\n", pages), "\\bR(0\\d|1[0-4])\\b"), "the controls do not train");
    }

    @Test
    void eachAnimalShowsItsOwnHighSpeedAndDeviationFromTheBelt() throws IOException {
        String all = all(DEMO, MONDAY_WEEK_1);
        // R15: Vmax 35.47 × 80 % = 28.376 → own 28.4; heat 4's belt runs 28.1 → 28.1 − 28.4 = −0.3
        String r15 = between(all, "R15 HIIT", "Notes");
        assertTrue(r15.contains("own 28.4 · −0.3"), r15);
        assertTrue(r15.contains("Vmax 35.47 m/min"), r15);
        assertTrue(r15.contains("test 2026-11-14"), r15);
        assertTrue(all.contains("Lane 2 R15 HIIT"), all);
        assertTrue(r15.contains("Total 22:00"), r15);
        assertEquals(14, count(all, "Intervals done"));
        assertEquals(14, count(all, "Signature"));
        assertEquals(14, count(all, "own high · belt − own, m/min"));
    }

    @Test
    void everyPageHasTheFrameAndTheTreadmillsNameOnFollowingPages() throws IOException {
        List<String> pages = pages(DEMO, day(MONDAY_WEEK_2));
        assertEquals(5, pages.size(), "one heat of three per A4 page");
        for (int p = 1; p <= pages.size(); p++) {
            String page = pages.get(p - 1);
            assertTrue(page.contains("page " + p + " of 5"), "footer of page " + p);
            assertTrue(page.contains("Generated 2026-11-20 14:05 Europe/Amsterdam · demo-study.hiit.json"));
            assertTrue(page.contains("HIIT in type 2 diabetic rats (demo)"));
            assertTrue(page.contains("Day run sheet · Monday 2026-11-23 · week 2, session 6"));
            assertTrue(page.contains(p == 1 ? "Treadmill Exer-3 rat · 3 lanes" : "Treadmill Exer-3 rat (continued)"),
                    page);
        }
    }

    @Test
    void speedsAndDurationsAreLargeEnoughToReadAtArmsLength() throws IOException {
        try (PDDocument doc = PdfTestSupport.load(PdfTestSupport.bytes(DEMO, day(MONDAY_WEEK_2)))) {
            List<PdfTestSupport.Run> runs = PdfTestSupport.runs(doc);
            // heat 1 of week 2: belt 10.7 / 22.7 / 13.3 / 10.7 m/min; 5:00, 2:00 and 1:00 each, 5:00
            List<PdfTestSupport.Run> high = runs.stream().filter(r -> r.page() == 1 && r.text().equals("22.7"))
                    .toList();
            assertEquals(1, high.size());
            assertTrue(high.get(0).size() >= 20f && high.get(0).bold(), high.toString());
            for (String other : List.of("10.7", "13.3", "5:00", "2:00", "1:00")) {
                List<PdfTestSupport.Run> found = runs.stream().filter(r -> r.page() == 1
                        && (r.text().equals(other) || r.text().startsWith(other + " "))).toList();
                assertFalse(found.isEmpty(), other);
                assertTrue(found.stream().allMatch(r -> r.size() >= 14f), other + ": " + found);
            }
            assertTrue(runs.stream().anyMatch(r -> r.text().equals("Heat 1 · 08:00–08:25") && r.size() >= 16f));
        }
    }

    @Test
    void aBlindedStudyPrintsCodesAndNoGroupNames() throws IOException {
        Study blinded = blinded(DEMO);
        String all = all(blinded, MONDAY_WEEK_2);
        assertEquals(0, count(all, "HIIT"), all);
        assertEquals(0, count(all, "T2D"));
        assertEquals(0, count(all, "\\bCON\\b"));
        Matcher m = Pattern.compile("Lane \\d+ +(R\\d\\d) ([0-9A-Z]{4}-[0-9A-Z]+)\\b").matcher(all);
        Set<String> codes = new HashSet<>();
        String r15Code = null;
        while (m.find()) {
            codes.add(m.group(2));
            r15Code = "R15".equals(m.group(1)) ? m.group(2) : r15Code;
        }
        assertEquals(14, codes.size(), "a distinct code for each of the 14 animals");
        assertTrue(all(blinded, MONDAY_WEEK_2.plusDays(1)).contains("R15 " + r15Code),
                "the same code on another day's sheet");
    }

    static Study blinded(Study study) {
        StudyInfo i = study.info();
        StudySettings s = study.settings();
        return study.withInfo(new StudyInfo("Blinded rat study", i.species(), i.strain(), i.sex(), i.investigator()))
                .withSettings(new StudySettings(true, s.greenPercent(), s.yellowPercent(), s.protocolLimits(),
                        s.welfare()));
    }

    @Test
    void anAnimalWithoutVmaxIsListedAsNotPlannedAndAClampedOneWarns() throws IOException {
        String all = all(PdfStudies.troublesome(), MONDAY_WEEK_2);
        assertTrue(all.contains("NOT PLANNED — do not run:"), all);
        assertTrue(all.contains("R99 HIIT — no Vmax: no valid step test on or before this day, so no speeds."), all);
        assertFalse(Pattern.compile("Lane \\d+ +R99\\b").matcher(all).find(), "R99 is in no heat");
        assertTrue(all.contains("15 animals in 5 heats"), "R99 is not counted: " + all);
        // Vmax 35.47 × 85 % = 30.1 is above the 30.0 m/min maximum of the troublesome treadmill
        assertTrue(all.contains("WARNING: High speed 30.1 m/min is above the maximum of treadmill"), all);
        assertTrue(all.contains("HIGH · CLAMPED"), "the belt's high speed is marked as clamped");
    }

    @Test
    void aDayThatOverrunsTheWindowIsWarnedAbout() throws IOException {
        Treadmill t = DEMO.treadmills().get(0).withWindow(new DayWindow(LocalTime.of(8, 0), LocalTime.of(10, 0)));
        Study windowed = DEMO.withTreadmills(List.of(t));
        String page = pages(windowed, day(MONDAY_WEEK_1)).get(0).replace('\n', ' ');
        // 5 heats × 22 min + 4 changeovers × 10 min = 150 min from 08:00 → 10:30, 30 min past 10:00
        assertTrue(page.contains("day window 08:00–10:00"), page);
        assertTrue(page.contains("⚠ WARNING: the heats need 150 min from 08:00, past the end of the day window at "
                + "10:00 by 30 min"), page);
    }

    @Test
    void anInclineThatIsNotTheProtocolsIsWarnedAbout() throws IOException {
        Study inclined = DEMO.withProtocol(DEMO.protocol().withIncline(BigDecimal.valueOf(5)));
        String page = pages(inclined, day(MONDAY_WEEK_2)).get(0);
        assertTrue(page.contains("Treadmill Exer-3 rat · 3 lanes · one belt · incline 0°"), page);
        assertTrue(page.contains("WARNING: the protocol asks for an incline of 5°; treadmill Exer-3 rat is set to 0°"),
                page);
    }

    @Test
    void onIndependentLanesEachAnimalHasItsOwnSpeeds() throws IOException {
        Treadmill t = DEMO.treadmills().get(0).withBelt(BeltType.INDEPENDENT_LANES);
        Study lanes = DEMO.withTreadmills(List.of(t));
        String all = all(lanes, MONDAY_WEEK_2);
        assertEquals(5, count(all, "Heat \\d · "), "ceil(14 / 3) heats");
        assertEquals(5, count(all, "independent lanes: each at its own speeds"));
        assertEquals(0, count(all, "belt speeds for"));
        assertEquals(0, count(all, "own high · belt − own"));
        // R15, week 2: Vmax 35.47 → 40 % 14.2, 85 % 30.1, 50 % 17.7 m/min; 531.5 m in 25:00
        String r15 = between(all, "R15 HIIT", "Notes");
        assertTrue(r15.contains("30.1"), r15);
        assertTrue(r15.contains("14.2"), r15);
        assertTrue(r15.contains("17.7"), r15);
        assertTrue(r15.contains("Total 25:00 · 531.5 m"), r15);
        assertEquals(14, count(all, "Lane \\d+ +R\\d\\d"));
    }

    @Test
    void aHeatTallerThanAPageIsSplitBetweenAnimalsWithItsHeaderRepeated() throws IOException {
        // 8 lanes and ±10 m/min: the 14 animals (own high 21.0–30.0 m/min) run in two heats of up to 8
        Treadmill wide = DEMO.treadmills().get(0).withLanes(8);
        Study study = DEMO.withTreadmills(List.of(wide)).withSettings(DEMO.settings().withHeats(
                DEMO.settings().heats().withTolerance(Tolerance.absolute(BigDecimal.TEN))));
        HeatPlan plan = plan(study, MONDAY_WEEK_1);
        List<String> pages = pages(study, day(MONDAY_WEEK_1));
        String all = String.join("\n", pages);
        assertEquals(2, plan.heatCount());
        assertEquals(8, plan.heats().get(0).runners().size(), "a heat of more animals than fit on a page");
        assertTrue(all.contains(HeatHeader.title(plan.heats().get(0)) + " (continued)"), all);
        assertTrue(count(all, "\\(continued\\)\\s+(WARM|Lane|indep|belt)") > 0,
                "what the test of unsplit heats looks for");
        assertEquals(14, count(all, "Lane \\d+ +R\\d\\d"), "every animal once");
    }

    @Test
    void eachTreadmillStartsOnItsOwnPageWithItsOwnHeats() throws IOException {
        // the seven HIIT rats (R15–R21) move to a 4-lane treadmill with independent lanes: 2 heats there, 3 on Exer-3
        Treadmill second = new Treadmill("Exer-6 lanes", 4, BeltType.INDEPENDENT_LANES, BigDecimal.ZERO,
                new BigDecimal("100.0"), new BigDecimal("0.1"));
        List<Animal> animals = new ArrayList<>();
        for (Animal a : DEMO.animals()) {
            animals.add("HIIT".equals(a.group()) ? new Animal(a.id(), a.group(), a.sex(), a.birthDate(),
                    a.exclusion(), second.name()) : a);
        }
        Study two = DEMO.withTreadmills(List.of(DEMO.treadmills().get(0), second)).withAnimals(animals);
        List<String> pages = pages(two, day(MONDAY_WEEK_1));
        int exer3 = indexOf(pages, "Treadmill Exer-3 rat · 3 lanes · one belt");
        int exer6 = indexOf(pages, "Treadmill Exer-6 lanes · 4 lanes · independent lanes");
        assertTrue(exer3 >= 0 && exer6 > exer3, "in the study's order, each from a new page");
        assertTrue(pages.get(exer3).contains("7 animals in 3 heats"), pages.get(exer3));
        assertTrue(pages.get(exer6).contains("7 animals in 2 heats"), pages.get(exer6));
        assertEquals(14, count(String.join("\n", pages), "Lane \\d+ +R\\d\\d"));
        for (int p = exer6; p < pages.size(); p++) {
            assertEquals(0, count(pages.get(p), "T2D"), "only HIIT rats on Exer-6");
        }
    }

    private static int indexOf(List<String> pages, String text) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(text)) {
                return p;
            }
        }
        return -1;
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void nothingRunsPastTheMarginsOnEitherPaper(Paper paper) throws IOException {
        Study troublesome = PdfStudies.troublesome();
        Treadmill lanes = troublesome.treadmills().get(0).withBelt(BeltType.INDEPENDENT_LANES);
        for (Study study : List.of(troublesome, troublesome.withTreadmills(List.of(lanes)))) {
            byte[] pdf = PdfTestSupport.bytes(study, request(PdfKind.DAY, MONDAY_WEEK_2, null, paper));
            try (PDDocument doc = PdfTestSupport.load(pdf)) {
                float width = doc.getPage(0).getMediaBox().getWidth();
                float height = doc.getPage(0).getMediaBox().getHeight();
                for (PdfTestSupport.Run r : PdfTestSupport.runs(doc)) {
                    assertTrue(r.minX() >= PageWriter.MARGIN - 0.5f && r.maxX() <= width - PageWriter.MARGIN + 0.5f,
                            r + " on " + paper);
                    assertTrue(r.yTop() >= PageWriter.MARGIN && r.yTop() <= height - PageWriter.MARGIN, r.toString());
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Paper.class)
    void aHeatThatFitsOnAPageIsNeverSplitOnEitherPaper(Paper paper) throws IOException {
        // the troublesome study's long warnings make its blocks taller; on independent lanes each block has phases
        Treadmill lanes = DEMO.treadmills().get(0).withBelt(BeltType.INDEPENDENT_LANES);
        for (Study study : List.of(PdfStudies.troublesome(), DEMO.withTreadmills(List.of(lanes)))) {
            List<String> pages = pages(study, request(PdfKind.DAY, MONDAY_WEEK_2, null, paper));
            for (Heat h : plan(study, MONDAY_WEEK_2).heats()) {
                String page = pages.stream().filter(p -> p.contains(HeatHeader.title(h))).findFirst().orElseThrow();
                for (String id : h.animalIds()) {
                    assertTrue(Pattern.compile("Lane \\d+ +" + id + " ").matcher(page).find(),
                            id + " with heat " + h.number() + " on " + paper);
                }
            }
            assertEquals(0, count(String.join("\n", pages), "\\(continued\\)\\s+(WARM|Lane|indep|belt)"),
                    "no heat header repeated");
        }
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
}
