package org.hiitplanner.domain.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.hiitplanner.domain.Finding;
import org.hiitplanner.domain.Severity;
import org.junit.jupiter.api.Test;

class ProtocolTest {
    private final Protocol template = Protocol.defaultTemplate();

    @Test
    void theDefaultTemplateHasTheDocumentedWeeks() {
        assertEquals(8, template.weekCount());
        assertEquals(List.of(4, 5, 6, 7, 8, 9, 10, 10), template.weeks().stream().map(ProtocolWeek::intervals).toList());
        assertEquals(List.of("80", "85", "85", "90", "90", "95", "95", "100"),
                template.weeks().stream().map(w -> w.highPercent().toPlainString()).toList());
        assertEquals(120, template.highSeconds());
        assertEquals(60, template.lowSeconds());
        assertEquals(300, template.warmUp().seconds());
        assertTrue(template.note().contains("assumption"));
        // week 8: 300 + 10 × 180 + 300 = 2400 s
        assertEquals(2400, template.sessionSeconds(10));
    }

    @Test
    void usualRangesGiveWarningsThatNameTheWeek() {
        Protocol p = template.withWeek(3, ProtocolWeek.of(12, "85")).withWeek(5, ProtocolWeek.of(8, "105"));
        List<Finding> f = ProtocolLimits.defaults().check(p, "$.protocol");
        assertEquals(2, f.size());
        assertEquals(new Finding(Severity.WARNING, "$.protocol.weeks[2].intervals",
                "Week 3: 12 intervals is outside the usual 4–10"), f.get(0));
        assertEquals("Week 5: 105 % Vmax is outside the usual 80–100 %", f.get(1).message());
        assertTrue(ProtocolLimits.defaults().check(template, "$.protocol").isEmpty());
    }

    @Test
    void hardLimitsAreErrors() {
        assertEquals("intervals must be between 1 and 20 (was 21)",
                assertThrows(IllegalArgumentException.class, () -> ProtocolWeek.of(21, "90")).getMessage());
        assertEquals("high-phase % Vmax must be above 0 and at most 150 (was 151)",
                assertThrows(IllegalArgumentException.class, () -> ProtocolWeek.of(8, "151")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProtocolWeek.of(8, "0"));
        assertEquals(new BigDecimal("150"), ProtocolWeek.of(1, "150").highPercent());
    }
}
