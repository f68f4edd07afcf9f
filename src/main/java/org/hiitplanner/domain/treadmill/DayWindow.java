package org.hiitplanner.domain.treadmill;

import java.time.LocalTime;

import org.hiitplanner.domain.Checks;

/**
 * The hours of a day when the treadmill room may be used.
 *
 * @param start the first heat starts here
 * @param end   the last heat should end by here
 */
public record DayWindow(LocalTime start, LocalTime end) {
    public DayWindow {
        Checks.required(start, "start of the day window");
        Checks.required(end, "end of the day window");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("the day window must end after it starts (" + start + "–" + end + ")");
        }
    }

    /** Seconds from start to end. */
    public int seconds() {
        return end.toSecondOfDay() - start.toSecondOfDay();
    }
}
