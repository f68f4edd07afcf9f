package org.hiitplanner.domain.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.hiitplanner.domain.Checks;

/**
 * Which days are training days. Week w covers the 7 days starting at start + 7·(w−1); a skip date (a holiday)
 * removes that day's session and does not shift the weeks.
 *
 * @param trainingDays weekdays with a session (default Monday to Friday)
 * @param skipDates    days without a session
 */
public record TrainingCalendar(Set<DayOfWeek> trainingDays, SortedSet<LocalDate> skipDates) {
    public TrainingCalendar {
        Checks.required(trainingDays, "training days");
        if (trainingDays.isEmpty()) {
            throw new IllegalArgumentException("at least one training weekday is needed");
        }
        trainingDays = java.util.Collections.unmodifiableSet(EnumSet.copyOf(trainingDays));
        skipDates = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(Checks.required(skipDates, "skip dates")));
    }

    public static TrainingCalendar mondayToFriday() {
        return new TrainingCalendar(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), new TreeSet<>());
    }

    public TrainingCalendar withTrainingDays(Collection<DayOfWeek> days) {
        return new TrainingCalendar(EnumSet.copyOf(days), skipDates);
    }

    public TrainingCalendar withSkipDates(Collection<LocalDate> dates) {
        return new TrainingCalendar(trainingDays, new TreeSet<>(dates));
    }

    /** True if a session is held on this date (ignoring the study's start and end). */
    public boolean isTrainingDay(LocalDate date) {
        return trainingDays.contains(date.getDayOfWeek()) && !skipDates.contains(date);
    }

    /** Every session day of a study that starts on {@code start} and runs {@code weeks} weeks, in date order. */
    public List<SessionDay> sessionDays(LocalDate start, int weeks) {
        List<SessionDay> days = new ArrayList<>();
        int number = 0;
        for (int w = 1; w <= weeks; w++) {
            LocalDate weekStart = start.plusDays(7L * (w - 1));
            for (int d = 0; d < 7; d++) {
                LocalDate date = weekStart.plusDays(d);
                if (isTrainingDay(date)) {
                    days.add(new SessionDay(date, w, ++number));
                }
            }
        }
        return List.copyOf(days);
    }

    /** Protocol week of a date, or 0 if it lies outside weeks 1..weeks. */
    public static int weekOf(LocalDate start, int weeks, LocalDate date) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(start, date);
        if (days < 0 || days >= 7L * weeks) {
            return 0;
        }
        return (int) (days / 7) + 1;
    }
}
