package org.hiitplanner.domain.steptest;

import static org.hiitplanner.domain.TestStudies.total;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** A change of the step test is a version from a date: results measured before it keep their Vmax. */
class StepTestVersionsTest {
    private static final LocalDate START = LocalDate.of(2026, 11, 16);
    private static final LocalDate NOV_14 = LocalDate.of(2026, 11, 14);
    private static final LocalDate NOV_27 = LocalDate.of(2026, 11, 27);
    private static final LocalDate NOV_28 = LocalDate.of(2026, 11, 28);
    /** S0 10, d 2, T 120, planned days from the start. */
    private final StepTestProtocol first = StepTestProtocol.defaults(START, 8);
    private final StepTestResult baseline = total("R1", NOV_14, 1365);
    private final StepTestProtocolVersion d3 = new StepTestProtocolVersion(NOV_27, new StepTestProtocol(BigDecimal.TEN,
            BigDecimal.valueOf(3), 120, BigDecimal.ZERO, List.of()), "Bigger steps");

    @Test
    void eachResultUsesTheVersionInForceOnItsDate() {
        StepTestVersions v = StepTestVersions.of(first).withNew(d3, List.of(baseline));
        StepTestResult later = total("R1", NOV_28, 1365);

        // S0 10, d 2: E 1365 s → k 11, t 45 → 10 + 10·2 + 45/120·2 = 30.75
        assertEquals(Optional.of(new BigDecimal("30.75")), v.vmax(baseline));
        // d 3 from 2026-11-27: 10 + 10·3 + 45/120·3 = 41.125 → 41.13
        assertEquals(Optional.of(new BigDecimal("41.13")), v.vmax(later));
        assertEquals(Optional.of(new BigDecimal("41.13")), v.usableVmax(total("R1", NOV_27, 1365)));
        assertEquals(new BigDecimal("41.13"), VmaxHistory.of(List.of(baseline, later), v)
                .inForce("R1", NOV_28).orElseThrow().vmax());
        assertEquals(new BigDecimal("30.75"), VmaxHistory.of(List.of(baseline, later), v)
                .inForce("R1", NOV_27).orElseThrow().vmax());
    }

    @Test
    void theVersionsKeepThePlannedDaysAndAreNumberedFromOne() {
        StepTestVersions v = StepTestVersions.of(first).withNew(d3, List.of(baseline));

        assertEquals(1, v.numberOn(NOV_14));
        assertEquals(2, v.numberOn(NOV_27));
        assertEquals(2, v.currentNumber());
        assertEquals(Optional.of(NOV_27), v.currentFrom());
        assertEquals(first.plannedDays(), v.current().plannedDays());
        assertEquals(first.plannedDays(), v.on(NOV_28).plannedDays());
        assertEquals(BigDecimal.valueOf(3), v.current().increment());
        assertEquals(BigDecimal.valueOf(2), v.on(NOV_14).increment());
    }

    @Test
    void aNewVersionCannotChangeAResultAlreadyMeasured() {
        StepTestVersions v = StepTestVersions.of(first);
        List<StepTestResult> results = List.of(baseline, total("R1", NOV_27, 1365));

        assertEquals(Optional.of(NOV_28), v.earliestNewVersion(results));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.withNew(d3, results));
        assertEquals("a new step-test protocol version can take effect on 2026-11-28 at the earliest (was 2026-11-27):"
                + " results already measured keep their Vmax", e.getMessage());
    }

    @Test
    void aNewVersionMustFollowTheCurrentOne() {
        StepTestVersions v = StepTestVersions.of(first).withNew(d3, List.of(baseline));
        StepTestProtocolVersion same = new StepTestProtocolVersion(NOV_27, first, "Again");

        assertEquals(Optional.of(NOV_28), v.earliestNewVersion(List.of(baseline)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.withNew(same, List.of()));
        assertEquals("a new step-test protocol version must take effect after 2026-11-27 (was 2026-11-27)",
                e.getMessage());
    }

    @Test
    void editingTheCurrentVersionLeavesTheEarlierOnesAlone() {
        StepTestVersions v = StepTestVersions.of(first).withNew(d3, List.of(baseline))
                .withCurrent(new StepTestProtocol(BigDecimal.TEN, new BigDecimal("2.5"), 120, BigDecimal.ZERO,
                        List.of()));

        assertEquals(new BigDecimal("2.5"), v.current().increment());
        assertEquals(first, v.first());
        assertEquals("Bigger steps", v.versions().get(0).reason());
    }

    @Test
    void aVersionNeedsAReason() {
        assertThrows(IllegalArgumentException.class, () -> new StepTestProtocolVersion(NOV_27, first, " "));
    }
}
