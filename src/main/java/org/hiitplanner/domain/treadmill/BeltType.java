package org.hiitplanner.domain.treadmill;

/** How a treadmill drives its lanes. */
public enum BeltType {
    /** One belt: every lane runs at one speed. */
    SINGLE_BELT,
    /** Each lane has its own belt and speed. */
    INDEPENDENT_LANES
}
