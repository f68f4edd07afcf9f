package org.hiitplanner.export.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class FormatsTest {
    @Test
    void clockIsMinutesAndSeconds() {
        assertEquals("25:00", Formats.clock(1500));
        assertEquals("0:45", Formats.clock(45));
        assertEquals("1:02:03", Formats.clock(3723));
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
