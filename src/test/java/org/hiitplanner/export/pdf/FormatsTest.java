package org.hiitplanner.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.hiitplanner.domain.Units;
import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void clockIsMinutesAndSeconds() {
        assertEquals("25:00", Formats.clock(1500));
        assertEquals("0:45", Formats.clock(45));
        assertEquals("1:02:03", Formats.clock(3723));
    }

    @Test
    void clockTimesDifferencesAndMinutesOfTheHeats() {
        assertEquals("08:32", Formats.time(LocalTime.of(8, 32, 59)));
        assertEquals("08:32–08:54", Formats.span(LocalTime.of(8, 32), LocalTime.of(8, 54)));
        // belt 28.1 − own 28.4 = −0.3 with a true minus; 21.3 − 21.0 = +0.3
        assertEquals("−0.3", Units.signed(new BigDecimal("28.1").subtract(new BigDecimal("28.4"))));
        assertEquals("+0.3", Units.signed(new BigDecimal("0.3")));
        assertEquals("0.0", Units.signed(new BigDecimal("0.0")));
        assertEquals("10 min", Units.minutes(600));
        assertEquals("1 min 30 s", Units.minutes(90));
    }

    @Test
    void numbersAndDates() {
        assertEquals("14.0", Formats.speed(new BigDecimal("14.0")));
        assertEquals("—", Formats.speed(null));
        assertEquals("30", Formats.plain(new BigDecimal("30.00")));
        assertEquals("27.00", Formats.vmax(new BigDecimal("27")));
        assertEquals("35.47", Formats.vmax(new BigDecimal("35.47")));
        assertEquals("533.0", Formats.metres(new BigDecimal("533.0")));
        assertEquals("Monday 2026-11-23", Formats.longDate(LocalDate.of(2026, 11, 23)));
        assertEquals("Mon", Formats.shortWeekday(LocalDate.of(2026, 11, 23)));
        assertEquals("23 Nov", Formats.dayMonth(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void rangesCompressRuns() {
        assertEquals("1–3, 7, 9–10", Formats.ranges(List.of(1, 2, 3, 7, 9, 10)));
        assertEquals("6", Formats.ranges(List.of(6)));
        assertEquals("", Formats.ranges(List.of()));
    }
}
