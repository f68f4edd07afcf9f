package org.hiitplanner.ui.common;

import java.time.LocalDate;
import java.util.List;

import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.treadmill.Treadmill;

/**
 * Who runs on one day, grouped by treadmill.
 *
 * @param date       the day
 * @param status     sessions, or why there are none
 * @param week       protocol week of the day, 0 outside the study
 * @param session    session number of the day in the study calendar, 0 when it is not a session day
 * @param treadmills the treadmills with at least one session that day, in the study's order
 * @param studyStart the study's first day
 * @param studyEnd   the last day of its last protocol week
 */
public record DaySheet(LocalDate date, DayStatus status, int week, int session, List<TreadmillDay> treadmills,
                       LocalDate studyStart, LocalDate studyEnd) {
    public DaySheet {
        treadmills = List.copyOf(treadmills);
    }

    /** A day before anything has been computed. */
    public static DaySheet empty(LocalDate date) {
        return new DaySheet(date, DayStatus.SESSIONS, 0, 0, List.of(), date, date);
    }

    /** Number of sessions on all treadmills. */
    public int sessionCount() {
        return treadmills.stream().mapToInt(t -> t.sessions().size()).sum();
    }

    /**
     * The sessions on one treadmill, by animal id.
     *
     * @param treadmill the treadmill
     * @param sessions  its sessions that day
     */
    public record TreadmillDay(Treadmill treadmill, List<PlannedSession> sessions) {
        public TreadmillDay {
            sessions = List.copyOf(sessions);
        }
    }
}
