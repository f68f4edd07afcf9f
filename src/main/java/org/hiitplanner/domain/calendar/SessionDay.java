package org.hiitplanner.domain.calendar;

import java.time.LocalDate;

/**
 * A training day of the study calendar.
 *
 * @param date   the day
 * @param week   protocol week, from 1
 * @param number session number in date order, from 1
 */
public record SessionDay(LocalDate date, int week, int number) {
}
