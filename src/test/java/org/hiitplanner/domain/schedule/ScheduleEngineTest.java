package org.hiitplanner.domain.schedule;

import static org.hiitplanner.domain.TestStudies.MONDAY;
import static org.hiitplanner.domain.TestStudies.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.hiitplanner.domain.TestStudies;
import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Exclusion;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.junit.jupiter.api.Test;

class ScheduleEngineTest {
    private final ScheduleEngine engine = new ScheduleEngine();

    @Test
    void eightWeeksMondayToFridayGiveFortySessionsEndingOnTheLastFriday() {
        List<PlannedSession> s = engine.schedule(TestStudies.oneRat(1365));
        assertEquals(40, s.size());
        assertEquals(MONDAY, s.get(0).date());
        assertEquals(LocalDate.of(2025, 2, 28), s.get(39).date());
        assertEquals(40, s.get(39).number());
        assertEquals(8, s.get(39).week());
    }

    @Test
    void week2At85PercentOfVmax3075Is261() {
        // Vmax 30.75 (E 1365 s); week 2 is 85 %: 30.75 × 0.85 = 26.1375 → 26.1 at 0.1 m/min
        PlannedSession week2 = engine.schedule(TestStudies.oneRat(1365)).get(5);
        assertEquals(2, week2.week());
        assertEquals(LocalDate.of(2025, 1, 13), week2.date());
        assertEquals(new BigDecimal("30.75"), week2.vmax().vmax());
        assertEquals(LocalDate.of(2025, 1, 4), week2.vmax().testDate());
        assertEquals(new BigDecimal("26.1"), week2.prescription().highSpeed());
    }

    @Test
    void oneFullSessionTotalsAndDistanceByHand() {
        // week 2: 5 intervals; warm-up/cool-down 300 s at 40 % = 12.3; high 120 s at 26.1; low 60 s at 50 % = 15.375 → 15.4
        Prescription p = engine.schedule(TestStudies.oneRat(1365)).get(5).prescription();
        assertEquals(new BigDecimal("12.3"), p.warmUpSpeed());
        assertEquals(new BigDecimal("15.4"), p.lowSpeed());
        assertEquals(new BigDecimal("12.3"), p.coolDownSpeed());
        assertEquals(5, p.intervals());
        // 300 + 5 × (120 + 60) + 300 = 1500 s
        assertEquals(1500, p.totalSeconds());
        // 12.3·300/60 + 26.1·600/60 + 15.4·300/60 + 12.3·300/60 = 61.5 + 261 + 77 + 61.5 = 461.0 m
        assertEquals(new BigDecimal("461.0"), p.distanceMetres());
        assertTrue(p.warnings().isEmpty());
        List<PlannedPhase> phases = p.phases();
        assertEquals(12, phases.size());
        assertEquals(PhaseKind.HIGH, phases.get(1).kind());
        assertEquals(300, phases.get(1).startSecond());
        assertEquals(1200, phases.get(11).startSecond());
    }

    @Test
    void aRetestTakesEffectFromItsOwnDateAndNotBefore() {
        LocalDate retest = LocalDate.of(2025, 1, 18); // Saturday after week 2
        Study study = TestStudies.oneRat(1365);
        study = study.withAddedResult(total("R1", retest, 1500)); // Vmax 33.00
        List<PlannedSession> s = engine.schedule(study);
        PlannedSession lastOfWeek2 = s.get(9);
        PlannedSession firstOfWeek3 = s.get(10);
        assertEquals(LocalDate.of(2025, 1, 17), lastOfWeek2.date());
        assertEquals(new BigDecimal("30.75"), lastOfWeek2.vmax().vmax());
        assertEquals(LocalDate.of(2025, 1, 20), firstOfWeek3.date());
        assertEquals(new BigDecimal("33.00"), firstOfWeek3.vmax().vmax());
        assertEquals(retest, firstOfWeek3.vmax().testDate());
        // week 3 is 85 %: 33 × 0.85 = 28.05 → 28.1 (HALF_UP)
        assertEquals(new BigDecimal("28.1"), firstOfWeek3.prescription().highSpeed());
    }

    @Test
    void aSkipDateRemovesOneSessionWithoutShiftingWeeks() {
        LocalDate holiday = LocalDate.of(2025, 1, 15); // Wednesday of week 2
        Study study = TestStudies.oneRat(1365);
        study = study.withCalendar(study.calendar().withSkipDates(List.of(holiday)));
        List<PlannedSession> s = engine.schedule(study);
        assertEquals(39, s.size());
        assertTrue(s.stream().noneMatch(p -> p.date().equals(holiday)));
        assertEquals(4, s.stream().filter(p -> p.week() == 2).count());
        assertEquals(LocalDate.of(2025, 1, 20), s.get(9).date());
        assertEquals(3, s.get(9).week());
        assertEquals(10, s.get(9).number());
        assertEquals(LocalDate.of(2025, 2, 28), s.get(38).date());
    }

    @Test
    void anExcludedAnimalHasNothingFromItsExclusionDate() {
        LocalDate from = LocalDate.of(2025, 1, 22); // Wednesday of week 3
        Study study = TestStudies.oneRat(1365);
        Animal r1 = study.animals().get(0).withExclusion(new Exclusion(from, "Injured paw"));
        List<PlannedSession> s = engine.schedule(study.withAnimals(List.of(r1)));
        assertEquals(12, s.size());
        assertEquals(LocalDate.of(2025, 1, 21), s.get(11).date());
    }

    @Test
    void aControlGroupHasNoSessions() {
        Study study = TestStudies.withAnimals(TestStudies.oneRat(1365), Animal.of("C1", "CON", Sex.MALE));
        study = study.withAddedResult(total("C1", MONDAY.minusDays(2), 1400));
        List<PlannedSession> s = engine.schedule(study);
        assertEquals(40, s.size());
        assertTrue(s.stream().allMatch(p -> p.animalId().equals("R1")));
    }

    @Test
    void sessionsBeforeAnyValidTestAreListedWithoutSpeeds() {
        Study study = TestStudies.empty().withAnimals(List.of(Animal.of("R1", "HIIT", Sex.MALE)))
                .withStepTestResults(List.of(total("R1", LocalDate.of(2025, 1, 8), 1365)));
        List<PlannedSession> s = engine.schedule(study);
        assertEquals(40, s.size());
        PlannedSession monday = s.get(0);
        assertNull(monday.vmax());
        assertFalse(monday.prescription().hasSpeeds());
        assertNull(monday.prescription().highSpeed());
        assertNull(monday.prescription().distanceMetres());
        assertEquals(List.of("No Vmax: no valid step test on or before this day"), monday.prescription().warnings());
        assertEquals(1320, monday.prescription().totalSeconds()); // 300 + 4 × 180 + 300
        assertEquals(new BigDecimal("24.6"), s.get(2).prescription().highSpeed()); // 30.75 × 80 % = 24.6
    }

    @Test
    void aSpeedAboveTheTreadmillMaximumIsClampedWithAWarning() {
        Study study = TestStudies.oneRat(1365).withTreadmills(List.of(new Treadmill("Small", 3, BeltType.SINGLE_BELT,
                BigDecimal.ZERO, new BigDecimal("25"), new BigDecimal("0.1"))));
        PlannedSession week2 = engine.schedule(study).get(5);
        assertEquals(new BigDecimal("25.0"), week2.prescription().highSpeed());
        assertEquals(List.of("High speed 26.1 m/min is above the maximum of treadmill Small; clamped to 25.0 m/min"),
                week2.prescription().warnings());
        assertTrue(week2.hasWarnings());
    }

    @Test
    void speedsRoundHalfUpToTheTreadmillResolution() {
        Study study = TestStudies.oneRat(1365).withTreadmills(List.of(new Treadmill("Coarse", 1,
                BeltType.INDEPENDENT_LANES, BigDecimal.ZERO, new BigDecimal("60"), new BigDecimal("0.5"))));
        Prescription p = engine.schedule(study).get(5).prescription();
        assertEquals(new BigDecimal("26.0"), p.highSpeed()); // 26.1375 → 26.0
        assertEquals(new BigDecimal("15.5"), p.lowSpeed()); // 15.375 → 15.5
        assertEquals(new BigDecimal("12.5"), p.warmUpSpeed()); // 12.3 → 12.5
    }

    @Test
    void sortedByDateThenAnimalAndFilteredByQuery() {
        Study study = TestStudies.withAnimals(TestStudies.oneRat(1365), Animal.of("A7", "HIIT", Sex.MALE));
        List<PlannedSession> all = engine.schedule(study);
        assertEquals(80, all.size());
        assertEquals("A7", all.get(0).animalId());
        assertEquals("R1", all.get(1).animalId());
        assertEquals(MONDAY.plusDays(1), all.get(2).date());
        List<PlannedSession> one = engine.schedule(study, new ScheduleQuery("R1", LocalDate.of(2025, 1, 13),
                LocalDate.of(2025, 1, 19)));
        assertEquals(5, one.size());
        assertTrue(one.stream().allMatch(p -> p.animalId().equals("R1") && p.week() == 2));
    }
}
