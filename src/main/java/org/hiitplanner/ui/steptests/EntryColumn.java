package org.hiitplanner.ui.steptests;

/** The cells of a row of the results grid that a technician types into. */
public enum EntryColumn {
    /** Total running time E, as m:ss or seconds. */
    TIME,
    /** Completed stages k. */
    STAGES,
    /** Seconds t into the next stage. */
    STAGE_SECONDS,
    /** A Vmax in m/min entered directly. */
    DIRECT_VMAX,
    /** Who ran the test. */
    OPERATOR,
    /** Free text. */
    NOTE;

    /** True for the cells that hold what was measured (as opposed to who ran it and a note). */
    public boolean isMeasurement() {
        return this != OPERATOR && this != NOTE;
    }
}
