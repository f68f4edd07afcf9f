package org.hiitplanner.domain.protocol;

/** How a phase's speed is given. */
public enum SpeedMode {
    /** A percentage of the animal's Vmax in force. */
    PERCENT_OF_VMAX,
    /** A fixed treadmill speed in m/min, the same for every animal. */
    FIXED
}
