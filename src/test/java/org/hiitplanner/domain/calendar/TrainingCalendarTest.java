package org.hiitplanner.domain.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrainingCalendarTest {
    private final LocalDate monday = LocalDate.of(2025, 1, 6);

    @Test
    void weeksAreSevenDaysFromTheStartDate() {
        assertEquals(1, TrainingCalendar.weekOf(monday, 8, monday));
        assertEquals(1, TrainingCalendar.weekOf(monday, 8, monday.plusDays(6)));
        assertEquals(2, TrainingCalendar.weekOf(monday, 8, monday.plusDays(7)));
        assertEquals(8, TrainingCalendar.weekOf(monday, 8, LocalDate.of(2025, 3, 2)));
        assertEquals(0, TrainingCalendar.weekOf(monday, 8, LocalDate.of(2025, 3, 3)));
        assertEquals(0, TrainingCalendar.weekOf(monday, 8, monday.minusDays(1)));
    }

    @Test
    void aMidweekStartStillCountsSevenDayWeeks() {
        // a Wednesday start with Mon/Wed/Fri training: week 1 = Wed 8, Fri 10, Mon 13
        TrainingCalendar mwf = new TrainingCalendar(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
                new java.util.TreeSet<>());
        List<SessionDay> days = mwf.sessionDays(LocalDate.of(2025, 1, 8), 2);
        assertEquals(6, days.size());
        assertEquals(new SessionDay(LocalDate.of(2025, 1, 13), 1, 3), days.get(2));
        assertEquals(new SessionDay(LocalDate.of(2025, 1, 15), 2, 4), days.get(3));
    }
}
