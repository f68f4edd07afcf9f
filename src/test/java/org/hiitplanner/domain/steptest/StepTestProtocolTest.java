package org.hiitplanner.domain.steptest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class StepTestProtocolTest {
    private final StepTestProtocol kuipers = StepTestProtocol.defaults(LocalDate.of(2025, 1, 6), 8);

    @Test
    void kuipersVmaxFromTotalTime() {
        // E 1365 s = 11 full stages of 120 s + 45 s: 10 + 10·2 + 45/120·2 = 30.75
        assertEquals(new BigDecimal("30.75"), kuipers.vmaxForTotal(1365).orElseThrow());
    }

    @Test
    void stagesAndSecondsGiveTheSameVmaxAsTheTotal() {
        assertEquals(new BigDecimal("30.75"), kuipers.vmaxForStages(11, 45).orElseThrow());
        assertEquals(new BigDecimal("30.75"), new Measurement.Stages(11, 45).vmax(kuipers).orElseThrow());
    }

    @Test
    void oneCompletedStageIsTheStartSpeedPlusTheFraction() {
        // k 1, t 60: 10 + 0 + 60/120·2 = 11.00
        assertEquals(new BigDecimal("11.00"), kuipers.vmaxForTotal(180).orElseThrow());
        // exactly k stages: 10 + 14·2 = 38.00
        assertEquals(new BigDecimal("38.00"), kuipers.vmaxForTotal(15 * 120).orElseThrow());
    }

    @Test
    void roundsHalfUpToHundredths() {
        // increment 1, stage 90 s, k 3, t 1: 10 + 2 + 1/90 = 12.0111… → 12.01; t 59: 12.6555… → 12.66
        StepTestProtocol p = new StepTestProtocol(BigDecimal.TEN, BigDecimal.ONE, 90, BigDecimal.ZERO, List.of());
        assertEquals(new BigDecimal("12.01"), p.vmaxForStages(3, 1).orElseThrow());
        assertEquals(new BigDecimal("12.66"), p.vmaxForStages(3, 59).orElseThrow());
    }

    @Test
    void failingTheFirstStageGivesNoVmax() {
        assertTrue(kuipers.vmaxForTotal(119).isEmpty());
        assertTrue(new StepTestResult("R1", LocalDate.of(2025, 1, 4), new Measurement.TotalTime(100), "", true, "")
                .usableVmax(kuipers).isEmpty());
    }

    @Test
    void aDirectVmaxIsUsedEvenWithoutStages() {
        StepTestResult direct = new StepTestResult("R1", LocalDate.of(2025, 1, 4),
                new Measurement.DirectVmax(new BigDecimal("27.5")), "", true, "");
        assertEquals(new BigDecimal("27.5"), direct.usableVmax(kuipers).orElseThrow());
    }

    @Test
    void anInvalidTestGivesNoVmax() {
        StepTestResult invalid = new StepTestResult("R1", LocalDate.of(2025, 1, 4), new Measurement.TotalTime(1365),
                "", false, "slipped");
        assertTrue(invalid.usableVmax(kuipers).isEmpty());
    }

    @Test
    void suggestedDaysAreTheBaselineAndTheSaturdaysAfterEveryTwoWeeks() {
        assertEquals(List.of(LocalDate.of(2025, 1, 4), LocalDate.of(2025, 1, 18), LocalDate.of(2025, 2, 1),
                LocalDate.of(2025, 2, 15), LocalDate.of(2025, 3, 1)), kuipers.plannedDays());
    }

    @Test
    void stageSpeedsStepByTheIncrement() {
        assertEquals(new BigDecimal("10"), kuipers.stageSpeed(1));
        assertEquals(new BigDecimal("30"), kuipers.stageSpeed(11));
    }

    @Test
    void rejectsNonsense() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new StepTestProtocol(BigDecimal.TEN, new BigDecimal("-2"), 120, BigDecimal.ZERO, List.of()));
        assertEquals("step-test increment must be greater than 0 (was -2)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Measurement.TotalTime(-1));
    }
}
