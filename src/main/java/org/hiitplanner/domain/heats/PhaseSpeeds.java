package org.hiitplanner.domain.heats;

import java.math.BigDecimal;
import java.util.function.BinaryOperator;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.schedule.PhaseKind;
import org.hiitplanner.domain.schedule.Prescription;

/**
 * One speed per kind of phase, m/min: an animal's own prescription, what its lane runs, or the difference of two.
 *
 * @param warmUp   warm-up
 * @param high     every high phase
 * @param low      every low phase
 * @param coolDown cool-down
 */
public record PhaseSpeeds(BigDecimal warmUp, BigDecimal high, BigDecimal low, BigDecimal coolDown) {
    /** Every speed is required, but that of a phase of 0 seconds (e.g. no warm-up), which has none: null. */
    public PhaseSpeeds {
        Checks.required(high, "high speed");
    }

    /** The speeds of a prescription that has them (see {@link Prescription#hasSpeeds()}). */
    public static PhaseSpeeds of(Prescription p) {
        if (!p.hasSpeeds()) {
            throw new IllegalArgumentException("a session without Vmax has no speeds");
        }
        return new PhaseSpeeds(p.warmUpSpeed(), p.highSpeed(), p.lowSpeed(), p.coolDownSpeed());
    }

    /** The speed of one kind of phase. */
    public BigDecimal get(PhaseKind kind) {
        return switch (kind) {
            case WARM_UP -> warmUp;
            case HIGH -> high;
            case LOW -> low;
            case COOL_DOWN -> coolDown;
        };
    }

    /** True when every phase is zero: e.g. a deviation on independent lanes. */
    public boolean isZero() {
        return zero(warmUp) && high.signum() == 0 && zero(low) && zero(coolDown);
    }

    private static boolean zero(BigDecimal speed) {
        return speed == null || speed.signum() == 0;
    }

    /** {@code this − other}, phase by phase: e.g. the belt's speeds minus an animal's own, a deviation. */
    public PhaseSpeeds minus(PhaseSpeeds other) {
        return combine(other, BigDecimal::subtract);
    }

    /** Phase by phase {@code f(this, other)}; a phase without a speed in either (0 seconds) has none. */
    public PhaseSpeeds combine(PhaseSpeeds other, BinaryOperator<BigDecimal> f) {
        return new PhaseSpeeds(apply(f, warmUp, other.warmUp), f.apply(high, other.high), apply(f, low, other.low),
                apply(f, coolDown, other.coolDown));
    }

    private static BigDecimal apply(BinaryOperator<BigDecimal> f, BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : f.apply(a, b);
    }
}
