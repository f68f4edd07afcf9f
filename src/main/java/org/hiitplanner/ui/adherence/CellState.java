package org.hiitplanner.ui.adherence;

/** What the heat map shows for one animal and one session. */
public enum CellState {
    /** Run as planned. */
    COMPLETED,
    /** Run, stopped early: the cell shows the fraction of intervals done. */
    PARTIAL,
    /** Not run. */
    MISSED,
    /** Not run for an accepted reason. */
    EXCUSED,
    /** Planned on or before the as-of date, but nothing recorded (yet). */
    NOT_RECORDED,
    /** The animal had no session that day (e.g. excluded by then). */
    NO_SESSION
}
