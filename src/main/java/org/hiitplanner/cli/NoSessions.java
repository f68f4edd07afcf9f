package org.hiitplanner.cli;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

import org.hiitplanner.domain.study.Study;

/** Why a study has no training sessions on a date, in one line. */
final class NoSessions {
    private NoSessions() {
    }

    static String why(Study s, LocalDate date) {
        String none = "no sessions on " + date + ": ";
        if (date.isBefore(s.startDate()) || date.isAfter(s.endDate())) {
            return none + "the study runs from " + s.startDate() + " to " + s.endDate();
        }
        if (!s.calendar().trainingDays().contains(date.getDayOfWeek())) {
            return none + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH)
                    + " is not a training day";
        }
        if (s.calendar().skipDates().contains(date)) {
            return none + "it is a skip date in the calendar";
        }
        return none + "no active animal of a training group";
    }
}
