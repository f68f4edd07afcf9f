package org.hiitplanner.domain.protocol;

import java.math.BigDecimal;
import java.util.Optional;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.Units;

/**
 * A phase speed: either a percentage of Vmax or a fixed speed in m/min.
 *
 * @param mode  percent of Vmax or fixed
 * @param value percent (0–150] or m/min (≥ 0)
 */
public record SpeedSetting(SpeedMode mode, BigDecimal value) {
    public SpeedSetting {
        Checks.required(mode, "speed mode");
        Checks.notNegative(value, "speed");
        if (mode == SpeedMode.PERCENT_OF_VMAX) {
            ProtocolWeek.checkPercent(value, "percent of Vmax");
        }
    }

    public static SpeedSetting percent(String percent) {
        return new SpeedSetting(SpeedMode.PERCENT_OF_VMAX, new BigDecimal(percent));
    }

    public static SpeedSetting fixed(String metresPerMinute) {
        return new SpeedSetting(SpeedMode.FIXED, new BigDecimal(metresPerMinute));
    }

    /** The exact (unrounded) speed for an animal with this Vmax; empty for a percentage without Vmax. */
    public Optional<BigDecimal> speedFor(Optional<BigDecimal> vmax) {
        if (mode == SpeedMode.FIXED) {
            return Optional.of(value);
        }
        return vmax.map(v -> Units.percentOf(v, value));
    }

    /** "50 % Vmax" or "12 m/min". */
    public String describe() {
        return mode == SpeedMode.FIXED ? Units.plain(value) + " m/min" : Units.plain(value) + " % Vmax";
    }
}
