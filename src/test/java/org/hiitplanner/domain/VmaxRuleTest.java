package org.hiitplanner.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.animal.Group;
import org.hiitplanner.domain.animal.Sex;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestProtocol;
import org.hiitplanner.domain.steptest.StepTestProtocolVersion;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.junit.jupiter.api.Test;

/**
 * One Vmax rule: a Vmax entered directly is rounded half up to 0.01 m/min like Kuipers' Vmax, and every Vmax is
 * written the same way; the schedule takes each result's Vmax from the step-test version in force on its date.
 */
class VmaxRuleTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 16);
    private static final LocalDate NOV_14 = LocalDate.of(2026, 11, 14);
    private final ScheduleEngine engine = new ScheduleEngine();

    private static Study oneRat(StepTestResult... results) {
        return Study.newFromTemplate("Vmax rule", START).withGroups(List.of(new Group("HIIT", true, true)))
                .withAnimals(List.of(Animal.of("R1", "HIIT", Sex.MALE))).withStepTestResults(List.of(results));
    }

    private static StepTestResult direct(String vmax) {
        return new StepTestResult("R1", NOV_14, new Measurement.DirectVmax(new BigDecimal(vmax)), "", true, "");
    }

    private PlannedSession on(Study s, LocalDate date) {
        return engine.schedule(s).stream().filter(p -> p.date().equals(date)).findFirst().orElseThrow();
    }

    @Test
    void aDirectVmaxIsRoundedHalfUpToHundredthsAndShownWithTwoDecimals() {
        assertEquals(new BigDecimal("35.48"), new Measurement.DirectVmax(new BigDecimal("35.475")).value());
        assertEquals(new BigDecimal("35.47"), new Measurement.DirectVmax(new BigDecimal("35.4749")).value());
        assertEquals(new BigDecimal("28.5"), new Measurement.DirectVmax(new BigDecimal("28.5")).value());
        assertEquals("35.48", Units.vmax(new BigDecimal("35.475")));
        assertEquals("28.50", Units.vmax(new BigDecimal("28.5")));
        assertEquals("30.75", Units.vmax(new BigDecimal("30.75")));
        assertEquals("26.1", Units.speed(new BigDecimal("26.1")));
        assertThrows(IllegalArgumentException.class, () -> new Measurement.DirectVmax(new BigDecimal("0.004")));
    }

    @Test
    void aDirectVmaxOf35_475PrescribesFromIts35_48() {
        Study s = oneRat(direct("35.475"));
        // week 2 (2026-11-23) is 85 %: 35.48 × 0.85 = 30.158 → 30.2 at 0.1 m/min
        PlannedSession week2 = on(s, LocalDate.of(2026, 11, 23));
        assertEquals(new BigDecimal("35.48"), week2.vmax().vmax());
        assertEquals(new BigDecimal("30.2"), week2.prescription().highSpeed());
        // on a treadmill of 0.01 m/min steps the rounding shows: 30.158 → 30.16 (35.475 × 0.85 = 30.15375 would be
        // 30.15)
        Study fine = s.withTreadmills(List.of(new Treadmill("Fine", 1, BeltType.INDEPENDENT_LANES, BigDecimal.ZERO,
                new BigDecimal("100.00"), new BigDecimal("0.01"))));
        assertEquals(new BigDecimal("30.16"), on(fine, LocalDate.of(2026, 11, 23)).prescription().highSpeed());
    }

    @Test
    void aNewStepTestVersionChangesNoVmaxAlreadyMeasured() {
        Study s = oneRat(new StepTestResult("R1", NOV_14, new Measurement.TotalTime(1365), "", true, ""));
        Study versioned = s.withNewStepTestVersion(new StepTestProtocolVersion(LocalDate.of(2026, 11, 27),
                new StepTestProtocol(BigDecimal.TEN, BigDecimal.valueOf(3), 120, BigDecimal.ZERO, List.of()),
                "Bigger steps")).withAddedResult(new StepTestResult("R1", LocalDate.of(2026, 11, 28),
                new Measurement.TotalTime(1365), "", true, ""));

        // before the retest: 30.75 (S0 10, d 2); week 2 at 85 %: 30.75 × 0.85 = 26.1375 → 26.1, as before
        PlannedSession friday = on(versioned, LocalDate.of(2026, 11, 27));
        assertEquals(new BigDecimal("30.75"), friday.vmax().vmax());
        assertEquals(on(s, LocalDate.of(2026, 11, 27)).prescription(), friday.prescription());
        // after it: 10 + 10·3 + 45/120·3 = 41.125 → 41.13; week 3 at 85 %: 34.9605 → 35.0
        PlannedSession monday = on(versioned, LocalDate.of(2026, 11, 30));
        assertEquals(new BigDecimal("41.13"), monday.vmax().vmax());
        assertEquals(new BigDecimal("35.0"), monday.prescription().highSpeed());
        assertEquals(Optional.of(new BigDecimal("30.75")), versioned.stepTestVersions()
                .vmax(versioned.stepTestResults().get(0)));
    }
}
