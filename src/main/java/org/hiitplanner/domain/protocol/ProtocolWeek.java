package org.hiitplanner.domain.protocol;

import java.math.BigDecimal;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.Units;

/**
 * One week of the training protocol.
 *
 * @param intervals   N, intervals per session (hard limit 1–20)
 * @param highPercent high-phase speed as a percentage of Vmax (hard limit above 0 up to 150)
 */
public record ProtocolWeek(int intervals, BigDecimal highPercent) {
    public static final int MAX_INTERVALS = 20;
    public static final BigDecimal MAX_PERCENT = BigDecimal.valueOf(150);

    public ProtocolWeek {
        Checks.range(intervals, 1, MAX_INTERVALS, "intervals");
        checkPercent(highPercent, "high-phase % Vmax");
    }

    public static ProtocolWeek of(int intervals, String highPercent) {
        return new ProtocolWeek(intervals, new BigDecimal(highPercent));
    }

    static BigDecimal checkPercent(BigDecimal percent, String field) {
        Checks.required(percent, field);
        if (percent.signum() <= 0 || percent.compareTo(MAX_PERCENT) > 0) {
            throw new IllegalArgumentException(field + " must be above 0 and at most 150 (was " + Units.plain(percent) + ")");
        }
        return percent;
    }

    public ProtocolWeek withIntervals(int newIntervals) {
        return new ProtocolWeek(newIntervals, highPercent);
    }

    public ProtocolWeek withHighPercent(BigDecimal newPercent) {
        return new ProtocolWeek(intervals, newPercent);
    }
}
