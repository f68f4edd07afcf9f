package org.hiitplanner.domain.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.List;

import org.hiitplanner.domain.TestStudies;
import org.hiitplanner.domain.heats.PhaseSpeeds;
import org.hiitplanner.domain.protocol.Phase;
import org.hiitplanner.domain.protocol.SpeedSetting;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.junit.jupiter.api.Test;

/**
 * The settled details of DESIGN.md §2 that concern a prescription. Rat R1 has Vmax 30.75 m/min; week 1 is
 * 4 intervals at 80 % (24.6 m/min), low 50 % (15.375 → 15.4), warm-up and cool-down 300 s at 40 % (12.3).
 */
class SettledDetailsTest {
    private final ScheduleEngine engine = new ScheduleEngine();

    private static Study withPhases(Phase warmUp, Phase coolDown, Treadmill treadmill) {
        Study s = TestStudies.oneRat(1365);
        return s.withProtocol(s.protocol().withWarmUpAndCoolDown(warmUp, coolDown))
                .withTreadmills(List.of(treadmill));
    }

    private static Treadmill treadmill(String min) {
        return new Treadmill("T", 3, BeltType.SINGLE_BELT, new BigDecimal(min), new BigDecimal("100"),
                new BigDecimal("0.1"));
    }

    @Test
    void aPhaseOfZeroSecondsHasNoSpeedAndNoWarning() {
        // no warm-up: 0 s at a fixed 2 m/min, below the treadmill's minimum of 5 m/min
        Study s = withPhases(new Phase(0, SpeedSetting.fixed("2")), new Phase(300, SpeedSetting.percent("40")),
                treadmill("5"));
        Prescription p = engine.schedule(s).get(0).prescription();
        assertNull(p.warmUpSpeed());
        assertEquals(List.of(), p.warnings());
        assertNull(p.phases().get(0).speed());
        assertEquals(0, p.phases().get(0).seconds());
        assertEquals(new BigDecimal("12.3"), p.coolDownSpeed());
        // 24.6·480/60 + 15.4·240/60 + 12.3·300/60 = 196.8 + 61.6 + 61.5 = 319.9 m
        assertEquals(new BigDecimal("319.9"), p.distanceMetres());
        PhaseSpeeds speeds = PhaseSpeeds.of(p);
        assertNull(speeds.warmUp());
        assertNull(speeds.combine(speeds, BigDecimal::max).warmUp());
    }

    @Test
    void aSpeedBelowTheTreadmillMinimumIsRaisedWithAWarning() {
        Study s = withPhases(new Phase(300, SpeedSetting.percent("40")), new Phase(300, SpeedSetting.percent("40")),
                treadmill("14"));
        Prescription p = engine.schedule(s).get(0).prescription();
        assertEquals(new BigDecimal("14.0"), p.warmUpSpeed());
        assertEquals(List.of("Warm-up speed 12.3 m/min is below the minimum of treadmill T; raised to 14.0 m/min",
                "Cool-down speed 12.3 m/min is below the minimum of treadmill T; raised to 14.0 m/min"),
                p.warnings());
    }

    @Test
    void aFixedSpeedOffTheTreadmillStepsIsRoundedHalfUp() {
        // 10.25 m/min on a 0.1 m/min treadmill: half up gives 10.3 (half even would give 10.2)
        Study s = withPhases(new Phase(300, SpeedSetting.fixed("10.25")), new Phase(300, SpeedSetting.fixed("10.35")),
                treadmill("0"));
        Prescription p = engine.schedule(s).get(0).prescription();
        assertEquals(new BigDecimal("10.3"), p.warmUpSpeed());
        assertEquals(new BigDecimal("10.4"), p.coolDownSpeed());
    }

    @Test
    void theDistanceIsRoundedHalfUpToATenthOfAMetre() {
        // warm-up 30 s at 10.1 = 5.05 m; 196.8 + 61.6 high and low; no cool-down: 263.45 → 263.5 (not 263.4)
        Study s = withPhases(new Phase(30, SpeedSetting.fixed("10.1")), new Phase(0, SpeedSetting.percent("40")),
                treadmill("0"));
        assertEquals(new BigDecimal("263.5"), engine.schedule(s).get(0).prescription().distanceMetres());
    }
}
