package org.hiitplanner.domain.steptest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hiitplanner.domain.TestStudies.total;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class VmaxHistoryTest {
    private final StepTestProtocol protocol = StepTestProtocol.defaults(LocalDate.of(2025, 1, 6), 8);
    private final LocalDate baseline = LocalDate.of(2025, 1, 4);
    private final LocalDate retest = LocalDate.of(2025, 1, 18);

    @Test
    void theLatestValidTestOnOrBeforeTheDayIsInForce() {
        VmaxHistory h = VmaxHistory.of(List.of(total("R1", retest, 1500), total("R1", baseline, 1365)), protocol);
        assertTrue(h.inForce("R1", baseline.minusDays(1)).isEmpty());
        assertEquals(new BigDecimal("30.75"), h.inForce("R1", baseline).orElseThrow().vmax());
        assertEquals(new BigDecimal("30.75"), h.inForce("R1", retest.minusDays(1)).orElseThrow().vmax());
        // 1500 s: k 12, t 60 → 10 + 22 + 1 = 33.00
        assertEquals(new BigDecimal("33.00"), h.inForce("R1", retest).orElseThrow().vmax());
        assertEquals(retest, h.inForce("R1", retest.plusDays(30)).orElseThrow().testDate());
    }

    @Test
    void invalidAndFailedTestsAreSkipped() {
        StepTestResult invalid = new StepTestResult("R1", retest, new Measurement.TotalTime(2000), "", false, "");
        VmaxHistory h = VmaxHistory.of(List.of(total("R1", baseline, 1365), invalid, total("R1", retest.plusDays(1), 60)),
                protocol);
        assertEquals(baseline, h.inForce("R1", retest.plusDays(5)).orElseThrow().testDate());
    }

    @Test
    void theLastEnteredOfOneDayWins() {
        VmaxHistory h = VmaxHistory.of(List.of(total("R1", baseline, 1365), total("R1", baseline, 1500)), protocol);
        assertEquals(new BigDecimal("33.00"), h.inForce("R1", baseline).orElseThrow().vmax());
    }
}
