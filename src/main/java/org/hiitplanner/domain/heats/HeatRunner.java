package org.hiitplanner.domain.heats;

import java.math.BigDecimal;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.schedule.PlannedSession;

/**
 * One animal in one lane of a heat.
 *
 * @param lane      1..lanes of the treadmill
 * @param session   its planned session (own speeds in the prescription)
 * @param run       what its lane runs: the belt's speeds on a single belt, its own on independent lanes
 * @param deviation {@code run − own}, phase by phase; positive means faster than prescribed
 */
public record HeatRunner(int lane, PlannedSession session, PhaseSpeeds run, PhaseSpeeds deviation) {
    public HeatRunner {
        Checks.range(lane, 1, 16, "lane");
        Checks.required(session, "session");
        Checks.required(run, "speeds run");
        Checks.required(deviation, "deviation");
    }

    public String animalId() {
        return session.animalId();
    }

    /** The high-phase deviation in percent of the animal's own high speed, HALF_UP to 0.1: −0.3 of 26.4 → −1.1. */
    public BigDecimal highDeviationPercent() {
        return Units.percentOfWhole(deviation.high(), own().high());
    }

    /** The animal's own prescribed speeds. */
    public PhaseSpeeds own() {
        return PhaseSpeeds.of(session.prescription());
    }
}
