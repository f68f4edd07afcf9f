package org.hiitplanner.ui.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.calendar.SessionDay;
import org.hiitplanner.domain.study.Study;

/** Stepping from a date to the study's training day before or after it, for the day views. */
public final class SessionDays {
    private SessionDays() {
    }

    /** The study's training days, in order. */
    public static List<LocalDate> of(Study study) {
        return study.calendar().sessionDays(study.startDate(), study.protocol().weekCount()).stream()
                .map(SessionDay::date).toList();
    }

    /** The last training day before {@code date}, if there is one. */
    public static Optional<LocalDate> before(Study study, LocalDate date) {
        List<LocalDate> days = of(study);
        for (int i = days.size() - 1; i >= 0; i--) {
            if (days.get(i).isBefore(date)) {
                return Optional.of(days.get(i));
            }
        }
        return Optional.empty();
    }

    /** The first training day after {@code date}, if there is one. */
    public static Optional<LocalDate> after(Study study, LocalDate date) {
        return of(study).stream().filter(d -> d.isAfter(date)).findFirst();
    }
}
