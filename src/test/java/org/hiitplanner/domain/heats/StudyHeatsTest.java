package org.hiitplanner.domain.heats;

import org.hiitplanner.domain.treadmill.HeatSettings;
import org.hiitplanner.domain.treadmill.Tolerance;
import org.hiitplanner.domain.treadmill.RunOrder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.DayWindow;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.junit.jupiter.api.Test;

class StudyHeatsTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    private final StudyHeats heats = new StudyHeats(new HeatPlanner());

    private static List<PlannedSession> day(Study s) {
        return new ScheduleEngine().schedule(s, ScheduleQuery.day(MONDAY));
    }

    @Test
    void theTreadmillsChangeoverAndWindowAndTheStudysToleranceAndOrderAreUsed() {
        Study demo = DemoStudy.create();
        Treadmill profile = demo.treadmills().get(0).withChangeoverMinutes(15)
                .withWindow(new DayWindow(LocalTime.of(9, 0), LocalTime.of(10, 0)));
        HeatSettings settings = new HeatSettings(Tolerance.absolute(new BigDecimal("1.0")), RunOrder.SEEDED_RANDOM,
                42L);
        Study s = demo.withTreadmills(List.of(profile)).withSettings(demo.settings().withHeats(settings));

        List<HeatPlan> plans = heats.day(s, day(s));

        assertEquals(1, plans.size());
        HeatPlan plan = plans.get(0);
        assertEquals(new HeatOptions(settings.tolerance(), 900, profile.window(), RunOrder.SEEDED_RANDOM, 42L),
                plan.options());
        // 14 demo rats on 3 lanes: 5 heats of 22 min; the second starts 22 + 15 minutes after the first at 09:00
        assertEquals(LocalTime.of(9, 37), plan.heats().get(1).start());
        assertEquals(5 * 22 * 60 + 4 * 15 * 60, plan.totalSeconds());
        assertTrue(plan.warnings().contains("the heats need 170 min from 09:00, past the end of the day window at "
                + "10:00 by 110 min"), plan.warnings().toString());
    }

    @Test
    void aTreadmillInclineThatIsNotTheProtocolsIsAWarning() {
        Study demo = DemoStudy.create();
        Treadmill tilted = new Treadmill(demo.treadmills().get(0).name(), 3, demo.treadmills().get(0).belt(),
                BigDecimal.ZERO, new BigDecimal("100"), new BigDecimal("0.1"), new BigDecimal("5"), 10, null);
        Study s = demo.withTreadmills(List.of(tilted));

        HeatPlan plan = heats.day(s, day(s)).get(0);
        HeatPlan level = heats.day(demo, day(demo)).get(0);

        assertTrue(plan.warnings().contains("the protocol asks for an incline of 0°; treadmill Exer-3 rat is set to 5°"),
                plan.warnings().toString());
        assertTrue(level.warnings().stream().noneMatch(w -> w.contains("incline")), level.warnings().toString());
    }

    @Test
    void adjustedOptionsReplaceTheStudysForOneRun() {
        Study demo = DemoStudy.create();

        HeatPlan plan = heats.day(demo, day(demo), (t, o) -> o.withChangeoverSeconds(0)).get(0);

        assertEquals(5 * 22 * 60, plan.totalSeconds());
    }

    @Test
    void aSpeedClampedAtTheTreadmillsMaximumIsAWarningOfTheDay() {
        Study demo = DemoStudy.create();
        Treadmill slow = new Treadmill(demo.treadmills().get(0).name(), 3, demo.treadmills().get(0).belt(),
                BigDecimal.ZERO, new BigDecimal("26"), new BigDecimal("0.5"));
        Study s = demo.withTreadmills(List.of(slow));

        HeatPlan plan = heats.day(s, day(s)).get(0);

        // R20's own high speed in week 1 is 30.0 m/min, above the maximum of 26
        assertTrue(plan.warnings().contains("R20: High speed 30.0 m/min is above the maximum of treadmill Exer-3 rat; "
                + "clamped to 26.0 m/min"), plan.warnings().toString());
        assertTrue(heats.day(demo, day(demo)).get(0).warnings().isEmpty());
    }
}
