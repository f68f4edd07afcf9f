package org.hiitplanner.domain.treadmill;

import org.hiitplanner.domain.Checks;

/**
 * How a study plans its heats, stored in the study so that every printout can be reproduced.
 *
 * @param tolerance how far the belt's high speed may be from each animal's own
 * @param order     counterbalanced, or random from {@code seed} and the date
 * @param seed      of the random order
 */
public record HeatSettings(Tolerance tolerance, RunOrder order, long seed) {
    public HeatSettings {
        Checks.required(tolerance, "heat tolerance");
        Checks.required(order, "run order");
    }

    /** ±5 % of each animal's high speed, counterbalanced, seed 0. */
    public static HeatSettings defaults() {
        return new HeatSettings(Tolerance.defaultTolerance(), RunOrder.COUNTERBALANCED, 0L);
    }



    public HeatSettings withTolerance(Tolerance newTolerance) {
        return new HeatSettings(newTolerance, order, seed);
    }

    public HeatSettings withOrder(RunOrder newOrder, long newSeed) {
        return new HeatSettings(tolerance, newOrder, newSeed);
    }
}
