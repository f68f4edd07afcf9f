package org.hiitplanner.domain.treadmill;

import java.math.BigDecimal;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.Units;

/**
 * A treadmill.
 *
 * @param name       unique in the study
 * @param lanes      number of lanes (1–16)
 * @param belt       single belt or independent lanes
 * @param minSpeed   lowest settable speed, m/min
 * @param maxSpeed   highest settable speed, m/min
 * @param resolution speed step, m/min (e.g. 0.1)
 */
public record Treadmill(String name, int lanes, BeltType belt, BigDecimal minSpeed, BigDecimal maxSpeed,
                        BigDecimal resolution) {
    public Treadmill {
        name = Checks.text(name, "treadmill name");
        Checks.range(lanes, 1, 16, "lanes of treadmill " + name);
        Checks.required(belt, "belt type of treadmill " + name);
        Checks.notNegative(minSpeed, "minimum speed of treadmill " + name);
        Checks.positive(maxSpeed, "maximum speed of treadmill " + name);
        Checks.positive(resolution, "speed resolution of treadmill " + name);
        if (maxSpeed.compareTo(minSpeed) <= 0) {
            throw new IllegalArgumentException("maximum speed of treadmill " + name + " (" + Units.plain(maxSpeed)
                    + ") must be above its minimum (" + Units.plain(minSpeed) + ")");
        }
    }

    /** A 3-lane rat treadmill, one belt, 0–100 m/min in 0.1 m/min steps. */
    public static Treadmill ratTreadmill(String name) {
        return new Treadmill(name, 3, BeltType.SINGLE_BELT, BigDecimal.ZERO, new BigDecimal("100.0"),
                new BigDecimal("0.1"));
    }

    /** The speed rounded HALF_UP to this treadmill's resolution. */
    public BigDecimal round(BigDecimal speed) {
        return Units.roundTo(speed, resolution);
    }
}
