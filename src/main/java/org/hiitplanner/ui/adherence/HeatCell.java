package org.hiitplanner.ui.adherence;

import java.util.Objects;

/**
 * One cell of the heat map.
 *
 * @param state            what happened
 * @param intervalsDone    intervals completed as recorded (0 when nothing was recorded)
 * @param intervalsPlanned intervals planned (0 when there was no session)
 */
public record HeatCell(CellState state, int intervalsDone, int intervalsPlanned) {
    public static final HeatCell NO_SESSION = new HeatCell(CellState.NO_SESSION, 0, 0);

    public HeatCell {
        Objects.requireNonNull(state, "state");
    }

    /** Intervals done / planned, between 0 and 1; 0 when nothing was planned. */
    public double fraction() {
        return intervalsPlanned == 0 ? 0 : Math.min(1.0, (double) intervalsDone / intervalsPlanned);
    }
}
