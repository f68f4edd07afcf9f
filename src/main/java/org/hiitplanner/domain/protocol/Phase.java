package org.hiitplanner.domain.protocol;

import org.hiitplanner.domain.Checks;

/**
 * A continuous phase such as the warm-up or cool-down.
 *
 * @param seconds duration in whole seconds (0 = no such phase)
 * @param speed   its speed
 */
public record Phase(int seconds, SpeedSetting speed) {
    public Phase {
        Checks.range(seconds, 0, 3 * 3600, "phase duration (s)");
        Checks.required(speed, "phase speed");
    }
}
