package org.hiitplanner.domain.heats;

import java.math.BigDecimal;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.treadmill.Treadmill;

/**
 * The speed a belt runs for animals whose own speeds of one phase lie between {@code lo} and {@code hi}: the one
 * that makes the largest deviation smallest, the midpoint, rounded HALF_UP to the treadmill's resolution and kept
 * within its rounded minimum and maximum (as {@code Prescription} does).
 *
 * @param resolution speed step, m/min
 * @param min        lowest speed, rounded
 * @param max        highest speed, rounded
 */
record BeltRule(BigDecimal resolution, BigDecimal min, BigDecimal max) {
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    static BeltRule of(Treadmill t) {
        return new BeltRule(t.resolution(), t.round(t.minSpeed()), t.round(t.maxSpeed()));
    }

    /** Exact midpoint, rounded and clamped. */
    BigDecimal speed(BigDecimal lo, BigDecimal hi) {
        BigDecimal v = Units.roundTo(lo.add(hi).divide(TWO), resolution);
        if (v.compareTo(max) > 0) {
            return max;
        }
        return v.compareTo(min) < 0 ? min : v;
    }

    /** One animal's own speed on this treadmill: rounded and clamped (unchanged when it was planned for it). */
    BigDecimal speed(BigDecimal own) {
        return speed(own, own);
    }
}
