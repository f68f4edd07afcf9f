package org.hiitplanner.domain.heats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.TestStudies;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.Prescription;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.steptest.VmaxInForce;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;

/** Sessions and treadmills for the heat tests: hand-built, or from the schedule engine. */
final class HeatSessions {
    /** Monday of week 2 (85 % Vmax, 5 intervals) of {@link TestStudies#MONDAY}'s study: session 6. */
    static final LocalDate WEEK_2 = TestStudies.MONDAY.plusWeeks(1);
    /** Monday of week 8 (100 % Vmax, 10 intervals, 300 + 10 × 180 + 300 s = 40 min): session 36. */
    static final LocalDate WEEK_8 = TestStudies.MONDAY.plusWeeks(7);

    private HeatSessions() {
    }

    static Treadmill singleBelt(int lanes) {
        return new Treadmill("Belt", lanes, BeltType.SINGLE_BELT, BigDecimal.ZERO, new BigDecimal("100.0"),
                new BigDecimal("0.1"));
    }

    static Treadmill independentLanes(int lanes) {
        return new Treadmill("Lanes", lanes, BeltType.INDEPENDENT_LANES, BigDecimal.ZERO, new BigDecimal("100.0"),
                new BigDecimal("0.1"));
    }

    /** The engine's sessions on {@code date} of a default-template study with animals V1.. of these Vmax. */
    static List<PlannedSession> fromEngine(LocalDate date, Treadmill treadmill, String... vmax) {
        List<Animal> animals = new ArrayList<>();
        List<StepTestResult> tests = new ArrayList<>();
        for (int i = 0; i < vmax.length; i++) {
            String id = "V" + (i + 1);
            animals.add(Animal.of(id, "HIIT", Sex.MALE));
            tests.add(new StepTestResult(id, TestStudies.MONDAY.minusDays(2),
                    new Measurement.DirectVmax(new BigDecimal(vmax[i])), "Tech", true, ""));
        }
        Study study = TestStudies.empty().withTreadmills(List.of(treadmill)).withAnimals(animals)
                .withStepTestResults(tests);
        return new ScheduleEngine().schedule(study, ScheduleQuery.day(date));
    }

    /**
     * A week-2 session on {@link #WEEK_2} (number 6, 5 intervals, 1500 s) with this own high speed; warm-up and
     * cool-down at half of it and low at 0.6 of it, rounded to 0.1.
     */
    static PlannedSession session(String id, String high) {
        return session(id, new BigDecimal(high), WEEK_2, 6);
    }

    static PlannedSession session(String id, BigDecimal high, LocalDate date, int number) {
        BigDecimal easy = high.multiply(new BigDecimal("0.5")).setScale(1, RoundingMode.HALF_UP);
        BigDecimal low = high.multiply(new BigDecimal("0.6")).setScale(1, RoundingMode.HALF_UP);
        Prescription p = new Prescription(5, easy, high, low, easy, 300, 120, 60, 300, 1500, BigDecimal.ONE, List.of());
        return new PlannedSession(id, "HIIT", "Belt", date, 2, number, new VmaxInForce(high, date.minusDays(9)), p);
    }

    /** A session without Vmax (no speeds). */
    static PlannedSession withoutVmax(String id) {
        Prescription p = new Prescription(5, null, null, null, null, 300, 120, 60, 300, 1500, null,
                List.of("No Vmax: no valid step test on or before this day"));
        return new PlannedSession(id, "HIIT", "Belt", WEEK_2, 2, 6, null, p);
    }

    /** Sessions S1.. with these own high speeds. */
    static List<PlannedSession> sessions(String... highs) {
        List<PlannedSession> out = new ArrayList<>();
        for (int i = 0; i < highs.length; i++) {
            out.add(session("S" + (i + 1), highs[i]));
        }
        return out;
    }
}
