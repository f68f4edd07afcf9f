package org.hiitplanner.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SessionRecordTest {
    static final LocalDate DAY = LocalDate.of(2025, 1, 6);

    static SessionRecord of(SessionStatus status, int intervals, String reason, String operator) {
        return new SessionRecord("R1", DAY, 1, status, intervals, 2, 30, new BigDecimal("312.5"), " ok ", reason,
                operator, Instant.EPOCH);
    }

    private static String error(SessionStatus status, int intervals, String reason, String operator) {
        return assertThrows(IllegalArgumentException.class, () -> of(status, intervals, reason, operator)).getMessage();
    }

    @Test
    void aValidRecordKeepsItsValues() {
        SessionRecord r = of(SessionStatus.PARTIAL, 5, null, "Tech");
        assertEquals(5, r.intervalsCompleted());
        assertEquals("ok", r.notes());
        assertEquals("", r.excuseReason());
        assertEquals(new BigDecimal("312.5"), r.bodyWeight().orElseThrow());
    }

    @Test
    void messagesNameTheAnimalAndDate() {
        assertEquals("intervals completed of animal R1 on 2025-01-06 must not be negative (was -1)",
                error(SessionStatus.COMPLETED, -1, "", "Tech"));
        assertEquals("a missed session of animal R1 on 2025-01-06 must have 0 intervals completed (was 3)",
                error(SessionStatus.MISSED, 3, "", "Tech"));
        assertEquals("an excused session of animal R1 on 2025-01-06 needs a reason",
                error(SessionStatus.EXCUSED, 0, "  ", "Tech"));
        assertEquals("a completed session of animal R1 on 2025-01-06 needs an operator",
                error(SessionStatus.COMPLETED, 7, "", " "));
        assertEquals("a partial session of animal R1 on 2025-01-06 needs an operator",
                error(SessionStatus.PARTIAL, 3, "", null));
    }

    @Test
    void missedAndExcusedNeedNoOperator() {
        assertEquals("", of(SessionStatus.MISSED, 0, "", null).operator());
        assertEquals("vet", of(SessionStatus.EXCUSED, 0, "vet", "").excuseReason());
    }

    @Test
    void bodyWeightIsOptionalButPositive() {
        SessionRecord r = new SessionRecord("R1", DAY, 1, SessionStatus.MISSED, 0, 0, 0, null, null, null, null,
                Instant.EPOCH);
        assertEquals(false, r.bodyWeight().isPresent());
        assertThrows(IllegalArgumentException.class, () -> new SessionRecord("R1", DAY, 1, SessionStatus.MISSED, 0,
                0, 0, BigDecimal.ZERO, null, null, null, Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> new SessionRecord("R1", DAY, 1, SessionStatus.MISSED, 0,
                0, 0, null, null, null, null, null));
    }
}
