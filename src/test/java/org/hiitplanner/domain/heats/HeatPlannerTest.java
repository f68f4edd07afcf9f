package org.hiitplanner.domain.heats;

import org.hiitplanner.domain.treadmill.Tolerance;

import static org.hiitplanner.domain.heats.HeatSessions.WEEK_2;
import static org.hiitplanner.domain.heats.HeatSessions.WEEK_8;
import static org.hiitplanner.domain.heats.HeatSessions.fromEngine;
import static org.hiitplanner.domain.heats.HeatSessions.independentLanes;
import static org.hiitplanner.domain.heats.HeatSessions.sessions;
import static org.hiitplanner.domain.heats.HeatSessions.singleBelt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.Prescription;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.DayWindow;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.junit.jupiter.api.Test;

class HeatPlannerTest {
    static final String[] SIX_RATS = {"30", "31", "32", "36", "37", "41"};
    private final HeatPlanner planner = new HeatPlanner();

    static HeatOptions absolute(String metresPerMinute) {
        return HeatOptions.defaults().withTolerance(Tolerance.absolute(new BigDecimal(metresPerMinute)));
    }

    static Set<Set<String>> groups(HeatPlan plan) {
        return plan.heats().stream().map(h -> Set.copyOf(h.animalIds())).collect(Collectors.toSet());
    }

    static HeatRunner runner(HeatPlan plan, String animal) {
        return plan.heats().stream().flatMap(h -> h.runners().stream()).filter(r -> r.animalId().equals(animal))
                .findFirst().orElseThrow();
    }

    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    /**
     * The worked example. Belt rule: (slowest + fastest) / 2, rounded half up to 0.1 m/min. Own speeds 25,
     * 28, 28, 28, 32 on a 3-lane belt at ±4 m/min need 2 heats. {25, 32} + {28, 28, 28} (belt 28.5: 3.5 off for
     * both) has the least spread and total (7) but a largest deviation of 3.5; {25, 28, 28} + {28, 32} (belts 26.5
     * and 30) keeps everyone within 2.0, total 1.5 × 3 + 2 × 2 = 8.5.
     */
    @Test
    void theSlowestAndFastestDoNotShareABeltWhenSplittingTheEqualSpeedsKeepsEveryoneCloser() {
        HeatPlan plan = planner.plan(sessions("25", "28", "28", "28", "32"), singleBelt(3), absolute("4"));
        assertEquals(Set.of(Set.of("S1", "S2", "S3"), Set.of("S4", "S5")), groups(plan));
        assertEquals(bd("26.5"), plan.heatOf("S1").orElseThrow().belt().high());
        assertEquals(bd("30.0"), plan.heatOf("S5").orElseThrow().belt().high());
        assertEquals(0, bd("2.0").compareTo(plan.maxDeviation()));
        assertEquals(0, bd("8.5").compareTo(plan.totalDeviation()));
    }

    /**
     * The total is not always least with runs of neighbours: {40, 50} (belt 45) sets the day's largest deviation at
     * 5, so the nested {20, 25, 30} (belt 25: 5 + 0 + 5) + {24, 25, 26} (belt 25: 1 + 0 + 1) = 12 beats the runs
     * {20, 24, 25} (22.5: 6.5) + {25, 26, 30} (27.5: 6.5) = 13. 3 lanes, ±5 m/min, 3 heats either way.
     */
    @Test
    void nestedHeatsWhenTheyLowerTheTotalWithinTheLargestDeviation() {
        HeatPlan plan = planner.plan(sessions("20", "24", "25", "25", "26", "30", "40", "50"), singleBelt(3),
                absolute("5"));
        assertEquals(Set.of(Set.of("S1", "S3", "S6"), Set.of("S2", "S4", "S5"), Set.of("S7", "S8")), groups(plan));
        assertEquals(0, bd("5").compareTo(plan.maxDeviation()));
        assertEquals(0, bd("22").compareTo(plan.totalDeviation()));
    }

    @Test
    void sixRatsOnAThreeLaneBeltWithinOneMetrePerMinuteMakeThreeHeats() {
        // Vmax 30, 31, 32, 36, 37, 41 at 85 % (week 2), 0.1 m/min steps: high 25.5, 26.35→26.4, 27.2, 30.6,
        // 31.45→31.5, 34.85→34.9
        List<PlannedSession> day = fromEngine(WEEK_2, singleBelt(3), SIX_RATS);
        assertEquals(List.of(bd("25.5"), bd("26.4"), bd("27.2"), bd("30.6"), bd("31.5"), bd("34.9")),
                day.stream().map(s -> s.prescription().highSpeed()).toList());
        HeatPlan plan = planner.plan(day, singleBelt(3), absolute("1.0"));
        // 27.2 and 30.6 are 3.4 apart: the 32 and 36 rats can never share a belt within ±1.0
        assertEquals(Set.of(Set.of("V1", "V2", "V3"), Set.of("V4", "V5"), Set.of("V6")), groups(plan));
        // {25.5, 26.4, 27.2}: midpoint 26.35 → 26.4; {30.6, 31.5}: 31.05 → 31.1; {34.9} alone
        assertEquals(bd("26.4"), plan.heatOf("V1").orElseThrow().belt().high());
        assertEquals(bd("31.1"), plan.heatOf("V4").orElseThrow().belt().high());
        assertEquals(bd("34.9"), plan.heatOf("V6").orElseThrow().belt().high());
        assertEquals(List.of(bd("0.9"), bd("0.0"), bd("-0.8"), bd("0.5"), bd("-0.4"), bd("0.0")),
                List.of("V1", "V2", "V3", "V4", "V5", "V6").stream()
                        .map(id -> runner(plan, id).deviation().high()).toList());
        assertEquals(0, bd("0.9").compareTo(plan.maxDeviation()));
        assertEquals(0, bd("2.6").compareTo(plan.totalDeviation()));
        // spread: (27.2 − 25.5) + (31.5 − 30.6) + 0 = 2.6
        assertEquals(0, bd("2.6").compareTo(plan.spread()));
    }

    @Test
    void everyPhaseOfASingleBeltHeatRunsAtTheRoundedMidpointOfThatPhase() {
        HeatPlan plan = planner.plan(fromEngine(WEEK_2, singleBelt(3), SIX_RATS), singleBelt(3), absolute("1.0"));
        Heat slow = plan.heatOf("V1").orElseThrow();
        // warm-up and cool-down 40 % of 30, 31, 32 = 12.0, 12.4, 12.8 → 12.4; low 50 % = 15.0, 15.5, 16.0 → 15.5
        assertEquals(new PhaseSpeeds(bd("12.4"), bd("26.4"), bd("15.5"), bd("12.4")), slow.belt());
        assertEquals(new PhaseSpeeds(bd("0.4"), bd("0.9"), bd("0.5"), bd("0.4")), runner(plan, "V1").deviation());
        assertEquals(new PhaseSpeeds(bd("-0.4"), bd("-0.8"), bd("-0.5"), bd("-0.4")),
                runner(plan, "V3").deviation());
        assertTrue(slow.runners().stream().allMatch(r -> r.run().equals(slow.belt())));
    }

    @Test
    void startTimesAddDurationAndChangeoverFromEightOClock() {
        // 3 heats of 1500 s (week 2: 300 + 5 × 180 + 300) and 600 s changeovers: 08:00, 08:35, 09:10 → 09:35
        HeatPlan plan = planner.plan(fromEngine(WEEK_2, singleBelt(3), SIX_RATS), singleBelt(3), absolute("1.0"));
        assertEquals(List.of(LocalTime.of(8, 0), LocalTime.of(8, 35), LocalTime.of(9, 10)),
                plan.heats().stream().map(Heat::start).toList());
        assertEquals(List.of(1, 2, 3), plan.heats().stream().map(Heat::number).toList());
        assertEquals(3 * 1500 + 2 * 600, plan.totalSeconds());
        assertEquals(bd("95.0"), plan.totalMinutes());
        assertEquals(LocalTime.of(9, 35), plan.end());
        assertTrue(plan.fits());
        assertEquals(List.of(), plan.warnings());
    }

    @Test
    void theSameSixRatsOnIndependentLanesNeedTwoHeatsAndRunTheirOwnSpeeds() {
        HeatPlan plan = planner.plan(fromEngine(WEEK_2, independentLanes(3), SIX_RATS), independentLanes(3),
                absolute("1.0"));
        assertEquals(2, plan.heatCount());
        assertEquals(BeltType.INDEPENDENT_LANES, plan.belt());
        for (Heat heat : plan.heats()) {
            assertNull(heat.belt());
            assertEquals(3, heat.runners().size());
            for (HeatRunner r : heat.runners()) {
                assertEquals(r.own(), r.run());
                assertEquals(0, r.deviation().high().signum());
            }
        }
        assertEquals(0, plan.totalDeviation().signum());
    }

    @Test
    void fourteenAnimalsOnFiveIndependentLanesInWeekEightTakeHundredFortyMinutes() {
        String[] vmax = {"30", "30.5", "31", "31.2", "32", "33", "33.4", "34", "36", "36.5", "37", "38", "40", "41"};
        List<PlannedSession> day = fromEngine(WEEK_8, independentLanes(5), vmax);
        assertEquals(14, day.size());
        // week 8: 300 + 10 × (120 + 60) + 300 = 2400 s = 40 min
        assertTrue(day.stream().allMatch(s -> s.prescription().totalSeconds() == 2400));
        HeatPlan plan = planner.plan(day, independentLanes(5), HeatOptions.defaults());
        assertEquals(3, plan.heatCount());
        // heats of 5, 5 and 4 animals; session 36 rotates the order by 35 mod 3 = 2 places: the 4 run first
        assertEquals(List.of(4, 5, 5), plan.heats().stream().map(h -> h.runners().size()).toList());
        // 3 × 40 + 2 × 10 = 140 min: 08:00, 08:50, 09:40, ending 10:20
        assertEquals(8400, plan.totalSeconds());
        assertEquals(bd("140.0"), plan.totalMinutes());
        assertEquals(List.of(LocalTime.of(8, 0), LocalTime.of(8, 50), LocalTime.of(9, 40)),
                plan.heats().stream().map(Heat::start).toList());
        assertEquals(LocalTime.of(10, 20), plan.end());
    }

    @Test
    void aSessionWithoutVmaxIsListedAsNotPlannedNeverPlaced() {
        List<PlannedSession> day = new ArrayList<>(sessions("25.0", "25.2"));
        day.add(HeatSessions.withoutVmax("N1"));
        HeatPlan plan = planner.plan(day, singleBelt(3), HeatOptions.defaults());
        assertEquals(1, plan.heatCount());
        assertEquals(Set.of("S1", "S2"), Set.copyOf(plan.heats().get(0).animalIds()));
        assertEquals(List.of("N1"), plan.notPlanned().stream().map(NotPlanned::animalId).toList());
        assertTrue(plan.notPlanned().get(0).reason().startsWith("no Vmax"));
        assertTrue(plan.heatOf("N1").isEmpty());
    }

    @Test
    void theRoundedBeltSpeedMustItselfBeWithinTolerance() {
        // 25.0 and 27.1 within ±1.05: the exact midpoint 26.05 is 1.05 from both, but the belt runs 26.1
        // (0.1 steps, half up), 1.1 from 25.0: they run apart
        assertEquals(2, planner.plan(sessions("25.0", "27.1"), singleBelt(3), absolute("1.05")).heatCount());
        // 25.0 and 27.0: the belt runs 26.0, 1.0 from both: together
        assertEquals(1, planner.plan(sessions("25.0", "27.0"), singleBelt(3), absolute("1.05")).heatCount());
    }

    @Test
    void aPercentToleranceIsOfEachAnimalsOwnHighSpeed() {
        // 5 %: 20.0 may be off by 1.0, 22.0 by 1.1; the belt runs 21.0, 1.0 from each: one heat
        HeatOptions fivePercent = HeatOptions.defaults();
        HeatPlan together = planner.plan(sessions("20.0", "22.0"), singleBelt(3), fivePercent);
        assertEquals(1, together.heatCount());
        assertEquals(bd("21.0"), together.heats().get(0).belt().high());
        // 20.0 and 22.2: the belt would run 21.1, 1.1 from 20.0 (allowed 1.0): two heats, each animal alone
        HeatPlan apart = planner.plan(sessions("20.0", "22.2"), singleBelt(3), fivePercent);
        assertEquals(2, apart.heatCount());
        assertEquals(0, apart.totalDeviation().signum());
    }

    @Test
    void heatsHoldAtMostOneAnimalPerLane() {
        // seven identical speeds on a 3-lane belt: ceil(7 / 3) = 3 heats, no deviation
        HeatPlan plan = planner.plan(sessions("26.0", "26.0", "26.0", "26.0", "26.0", "26.0", "26.0"), singleBelt(3),
                HeatOptions.defaults());
        assertEquals(3, plan.heatCount());
        assertTrue(plan.heats().stream().allMatch(h -> h.runners().size() <= 3));
        assertEquals(0, plan.totalDeviation().signum());
    }

    @Test
    void theSecondObjectiveIsTheSpreadSoHeatsAreNeighboursInSpeed() {
        // 20, 24, 25, 25, 26, 30 within ±5 on 3 lanes: two heats either way. {20, 25, 30} + {24, 25, 26} would
        // have the least total deviation (5 + 0 + 5 + 1 + 0 + 1 = 12) but a largest deviation of 5; the planner's
        // runs {20, 24, 25} + {25, 26, 30} have spread 5 + 5 = 10 (against 10 + 2 = 12), total deviation
        // 2.5 + 1.5 + 2.5 + 2.5 + 1.5 + 2.5 = 13 and a largest deviation of 2.5
        HeatPlan plan = planner.plan(sessions("20", "24", "25", "25", "26", "30"), singleBelt(3), absolute("5"));
        assertEquals(Set.of(Set.of("S1", "S2", "S3"), Set.of("S4", "S5", "S6")), groups(plan));
        assertEquals(0, bd("10").compareTo(plan.spread()));
        assertEquals(0, bd("13.0").compareTo(plan.totalDeviation()));
        assertEquals(0, bd("2.5").compareTo(plan.maxDeviation()));
    }

    @Test
    void anAnimalAboveASlowerTreadmillsMaximumRunsAloneAndIsWarnedAbout() {
        Treadmill slow = new Treadmill("Slow", 3, BeltType.SINGLE_BELT, BigDecimal.ZERO, new BigDecimal("30.0"),
                new BigDecimal("0.1"));
        HeatPlan plan = planner.plan(sessions("25.0", "25.4", "34.9"), slow, absolute("1.0"));
        assertEquals(2, plan.heatCount());
        HeatRunner fast = runner(plan, "S3");
        assertEquals(bd("30.0"), fast.run().high());
        assertEquals(bd("-4.9"), fast.deviation().high());
        assertEquals(List.of("S3 runs 30.0 m/min, 4.9 m/min from its own high speed of 34.9 (tolerance ±1.0 m/min): "
                + "the treadmill's speed steps or limits"), plan.warnings());
    }

    @Test
    void aDayLongerThanItsWindowIsFlagged() {
        List<PlannedSession> day = fromEngine(WEEK_2, singleBelt(3), SIX_RATS);
        HeatOptions oneHour = absolute("1.0").withWindow(new DayWindow(LocalTime.of(8, 0), LocalTime.of(9, 0)));
        HeatPlan plan = planner.plan(day, singleBelt(3), oneHour);
        // 95 min from 08:00 in a 60-minute window
        assertFalse(plan.fits());
        assertEquals(List.of("the heats need 95 min from 08:00, past the end of the day window at 09:00 by 35 min"),
                plan.warnings());
        HeatOptions morning = oneHour.withWindow(new DayWindow(LocalTime.of(9, 30), LocalTime.of(12, 0)));
        HeatPlan fits = planner.plan(day, singleBelt(3), morning);
        assertTrue(fits.fits());
        assertEquals(LocalTime.of(9, 30), fits.heats().get(0).start());
        assertEquals(LocalTime.of(11, 5), fits.end());
    }

    @Test
    void theChangeoverIsAnOption() {
        HeatPlan plan = planner.plan(fromEngine(WEEK_2, singleBelt(3), SIX_RATS), singleBelt(3),
                absolute("1.0").withChangeoverSeconds(0));
        assertEquals(3 * 1500, plan.totalSeconds());
    }

    @Test
    void anEmptyDayIsAnEmptyPlanAndMixedDaysAreRefused() {
        HeatPlan empty = planner.plan(List.of(), singleBelt(3), HeatOptions.defaults());
        assertEquals(0, empty.heatCount());
        assertEquals(0, empty.totalSeconds());
        assertTrue(empty.day().isEmpty());
        List<PlannedSession> two = List.of(HeatSessions.session("A", bd("25.0"), WEEK_2, 6),
                HeatSessions.session("B", bd("25.0"), WEEK_2.plusDays(1), 7));
        assertThrows(IllegalArgumentException.class, () -> planner.plan(two, singleBelt(3), HeatOptions.defaults()));
        List<PlannedSession> twice = sessions("25.0", "25.0").stream()
                .map(s -> HeatSessions.session("A", s.prescription().highSpeed(), WEEK_2, 6)).toList();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> planner.plan(twice, singleBelt(3), HeatOptions.defaults()));
        assertEquals("animal A has two sessions on 2025-01-13", e.getMessage());
    }

    @Test
    void whatIfComparesLanesToleranceAndTreadmills() {
        String[] vmax = {"30", "30.5", "31", "31.2", "32", "33", "33.4", "34", "36", "36.5", "37", "38", "40", "41"};
        List<PlannedSession> day = fromEngine(WEEK_8, singleBelt(3), vmax);
        HeatOptions options = HeatOptions.defaults();
        List<ScenarioResult> results = planner.compare(day, List.of(
                new Scenario("Exer-6, 5 lanes", independentLanes(5), options),
                new Scenario("3 lanes apart", independentLanes(3), options),
                new Scenario("Exer-3 ±0 m/min", singleBelt(3), options.withTolerance(Tolerance.absolute(BigDecimal.ZERO))),
                new Scenario("Exer-3 ±5 %", singleBelt(3), options)));
        assertEquals(List.of("Exer-6, 5 lanes", "3 lanes apart", "Exer-3 ±0 m/min", "Exer-3 ±5 %"),
                results.stream().map(ScenarioResult::name).toList());
        // 5 lanes: 3 heats, 3 × 40 + 2 × 10 = 140 min; 3 lanes: 5 heats, 5 × 40 + 4 × 10 = 240 min
        assertEquals(List.of(3, 5), results.subList(0, 2).stream().map(ScenarioResult::heats).toList());
        assertEquals(bd("140.0"), results.get(0).totalMinutes());
        assertEquals(bd("240.0"), results.get(1).totalMinutes());
        // ±0 on one belt: all 14 speeds differ (100 % of distinct Vmax), so every animal runs alone: 14 heats
        assertEquals(14, results.get(2).heats());
        assertEquals(bd("690.0"), results.get(2).totalMinutes());
        ScenarioResult fivePercent = results.get(3);
        assertTrue(fivePercent.heats() >= 5 && fivePercent.heats() < 14, fivePercent.heats() + " heats");
        assertTrue(fivePercent.maxDeviation().compareTo(bd("2.05")) <= 0);
        assertEquals(fivePercent.plan().totalDeviation(), fivePercent.totalDeviation());
        assertEquals(BigDecimal.valueOf(fivePercent.heats() * 40L + (fivePercent.heats() - 1) * 10L)
                .setScale(1), fivePercent.totalMinutes());
    }

    @Test
    void sessionsOfDifferentLengthShareABeltForTheLongestAndAreNoted() {
        PlannedSession five = HeatSessions.session("Five", "26.0");
        Prescription p = five.prescription();
        // 4 intervals: 300 + 4 × 180 + 300 = 1320 s
        Prescription fourIntervals = new Prescription(4, p.warmUpSpeed(), new BigDecimal("26.2"), p.lowSpeed(),
                p.coolDownSpeed(), 300, 120, 60, 300, 1320, BigDecimal.ONE, List.of());
        PlannedSession four = new PlannedSession("Four", "HIIT", "Belt", WEEK_2, 2, 6, five.vmax(), fourIntervals);
        HeatPlan plan = planner.plan(List.of(five, four), singleBelt(3), HeatOptions.defaults());
        Heat heat = plan.heats().get(0);
        assertEquals(2, heat.runners().size());
        assertEquals(1500, heat.durationSeconds());
        assertEquals(List.of("the animals' sessions differ in intervals or phase lengths; the belt follows the "
                + "longest session, so take each animal off after its own last phase"), heat.warnings());
        // on independent lanes the two long sessions share a heat and the short one runs alone: 1500 + 600 + 1320
        List<PlannedSession> three = List.of(five, four, HeatSessions.session("Other", "30.0"));
        HeatPlan lanes = planner.plan(three, independentLanes(2), HeatOptions.defaults());
        assertEquals(Set.of(Set.of("Five", "Other"), Set.of("Four")), groups(lanes));
        assertEquals(1500 + 600 + 1320, lanes.totalSeconds());
        assertTrue(lanes.heats().stream().allMatch(h -> h.warnings().isEmpty()));
    }
}
