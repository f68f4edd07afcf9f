package org.hiitplanner.ui.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Dates typed as the user writes them, day first, besides ISO; anything else is not a date. */
class IsoDatesTest {
    private static final Optional<LocalDate> CHRISTMAS = Optional.of(LocalDate.of(2026, 12, 25));

    @Test
    void christmasTypedFourWays() {
        assertEquals(CHRISTMAS, IsoDates.parse("2026-12-25"));
        assertEquals(CHRISTMAS, IsoDates.parse("25-12-2026"));
        assertEquals(CHRISTMAS, IsoDates.parse(" 25/12/2026 "));
        assertEquals(CHRISTMAS, IsoDates.parse("25.12.2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 9, 1)), IsoDates.parse("1.9.2026"));
    }

    @Test
    void whatIsNotADate() {
        assertEquals(Optional.empty(), IsoDates.parse("12/25/2026"), "month first: there is no month 25");
        assertEquals(Optional.empty(), IsoDates.parse("31-02-2026"), "no 31 February");
        assertEquals(Optional.empty(), IsoDates.parse("25-12-26"), "the year has four digits");
        assertEquals(Optional.empty(), IsoDates.parse("tomorrow"));
        assertEquals(Optional.empty(), IsoDates.parse("  "));
        assertEquals(false, IsoDates.readable("25-13-2026"));
        assertEquals(true, IsoDates.readable(""));
    }

    @Test
    void theMessageSaysWhatToType() {
        assertEquals("\"25-13-2026\" is not a date: type it as 2026-12-25 or day first as 25-12-2026, 25/12/2026 or "
                + "25.12.2026.", IsoDates.problem(new Messages(java.util.Locale.ENGLISH), " 25-13-2026"));
    }
}
