package org.hiitplanner.ui.today;

import org.hiitplanner.domain.treadmill.Treadmill;

/** One row of the Today list: a treadmill's heading, or one animal's run on it. */
public sealed interface TodayRow permits TodayRow.TreadmillHeading, RunCard {

    /**
     * The heading of a treadmill's section.
     *
     * @param treadmill   the treadmill
     * @param animals     how many animals run on it that day
     * @param notRecorded how many of them have no record yet
     */
    record TreadmillHeading(Treadmill treadmill, int animals, int notRecorded) implements TodayRow {
    }
}
