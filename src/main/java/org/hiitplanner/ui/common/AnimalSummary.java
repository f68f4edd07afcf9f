package org.hiitplanner.ui.common;

import java.math.BigDecimal;

/**
 * The totals of one animal's schedule.
 *
 * @param animal       animal id, null when no animal is chosen
 * @param group        its group
 * @param treadmill    the treadmill it runs on
 * @param sessions     planned sessions
 * @param distance     metres over the sessions that have speeds
 * @param withoutVmax  sessions without a Vmax in force (no speeds)
 * @param withWarnings sessions with a warning other than a missing Vmax (e.g. a clamped speed)
 */
public record AnimalSummary(String animal, String group, String treadmill, int sessions, BigDecimal distance,
                            int withoutVmax, int withWarnings) {
    public static final AnimalSummary NONE = new AnimalSummary(null, "", "", 0, BigDecimal.ZERO, 0, 0);
}
