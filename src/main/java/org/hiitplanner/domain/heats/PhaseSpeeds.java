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
    public PhaseSpeeds {
        Checks.required(warmUp, "warm-up speed");
        Checks.required(high, "high speed");
        Checks.required(low, "low speed");
        Checks.required(coolDown, "cool-down speed");
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
        return warmUp.signum() == 0 && high.signum() == 0 && low.signum() == 0 && coolDown.signum() == 0;
    }

    /** {@code this − other}, phase by phase: e.g. the belt's speeds minus an animal's own, a deviation. */
    public PhaseSpeeds minus(PhaseSpeeds other) {
        return combine(other, BigDecimal::subtract);
    }

    /** Phase by phase {@code f(this, other)}. */
    public PhaseSpeeds combine(PhaseSpeeds other, BinaryOperator<BigDecimal> f) {
        return new PhaseSpeeds(f.apply(warmUp, other.warmUp), f.apply(high, other.high), f.apply(low, other.low),
                f.apply(coolDown, other.coolDown));
    }
}
