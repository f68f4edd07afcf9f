package org.hiitplanner.domain.session;

/** What happened to a planned session. */
public enum SessionStatus {
    /** Run as planned: counts as a completed session. */
    COMPLETED,
    /** Run, but stopped early: its intervals count, the session does not count as completed. */
    PARTIAL,
    /** Not run: 0 intervals, counts as planned and not completed. */
    MISSED,
    /** Not run for an accepted reason: counts in neither intervals nor sessions. */
    EXCUSED;

    /** True when someone ran the animal, so an operator must be named. */
    public boolean wasRun() {
        return this == COMPLETED || this == PARTIAL;
    }
}
