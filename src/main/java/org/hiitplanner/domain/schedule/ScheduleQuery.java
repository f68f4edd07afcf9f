package org.hiitplanner.domain.schedule;

import java.time.LocalDate;

/**
 * Which sessions to plan; null means no restriction.
 *
 * @param animalId only this animal
 * @param from     first date, inclusive
 * @param to       last date, inclusive
 */
public record ScheduleQuery(String animalId, LocalDate from, LocalDate to) {
    public static final ScheduleQuery ALL = new ScheduleQuery(null, null, null);

    public ScheduleQuery {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("the last date (" + to + ") is before the first (" + from + ")");
        }
    }

    public static ScheduleQuery day(LocalDate date) {
        return new ScheduleQuery(null, date, date);
    }

    public static ScheduleQuery animal(String animalId) {
        return new ScheduleQuery(animalId, null, null);
    }

    boolean includes(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
