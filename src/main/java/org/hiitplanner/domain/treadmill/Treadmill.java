package org.hiitplanner.domain.treadmill;

import java.math.BigDecimal;
import java.util.Optional;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.Units;

/**
 * A treadmill profile.
 *
 * @param name              unique in the study
 * @param lanes             number of lanes (1–16)
 * @param belt              single belt or independent lanes
 * @param minSpeed          lowest settable speed, m/min
 * @param maxSpeed          highest settable speed, m/min
 * @param resolution        speed step, m/min (e.g. 0.1)
 * @param incline           the belt's incline in degrees (−45–45; negative is downhill), printed on the run sheet
 * @param changeoverMinutes between the end of one heat and the start of the next (cleaning, weighing, swapping)
 * @param window            the hours of the day when it may be used; null when not set (heats start at 08:00)
 */
public record Treadmill(String name, int lanes, BeltType belt, BigDecimal minSpeed, BigDecimal maxSpeed,
                        BigDecimal resolution, BigDecimal incline, int changeoverMinutes, DayWindow window) {
    /** 10 minutes between heats unless the profile says otherwise. */
    public static final int DEFAULT_CHANGEOVER_MINUTES = 10;
    private static final BigDecimal MAX_INCLINE = BigDecimal.valueOf(45);

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
        Checks.required(incline, "incline of treadmill " + name);
        if (incline.abs().compareTo(MAX_INCLINE) > 0) {
            throw new IllegalArgumentException("incline of treadmill " + name + " must be between -45 and 45 degrees "
                    + "(was " + Units.plain(incline) + ")");
        }
        Checks.range(changeoverMinutes, 0, 24 * 60, "changeover minutes of treadmill " + name);
    }

    /** A profile with no incline, 10 minutes' changeover and no day window. */
    public Treadmill(String name, int lanes, BeltType belt, BigDecimal minSpeed, BigDecimal maxSpeed,
                     BigDecimal resolution) {
        this(name, lanes, belt, minSpeed, maxSpeed, resolution, BigDecimal.ZERO, DEFAULT_CHANGEOVER_MINUTES, null);
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

    public Optional<DayWindow> dayWindow() {
        return Optional.ofNullable(window);
    }

    public int changeoverSeconds() {
        return changeoverMinutes * 60;
    }

    public Treadmill withName(String newName) {
        return new Treadmill(newName, lanes, belt, minSpeed, maxSpeed, resolution, incline, changeoverMinutes, window);
    }

    public Treadmill withLanes(int newLanes) {
        return new Treadmill(name, newLanes, belt, minSpeed, maxSpeed, resolution, incline, changeoverMinutes, window);
    }

    public Treadmill withBelt(BeltType newBelt) {
        return new Treadmill(name, lanes, newBelt, minSpeed, maxSpeed, resolution, incline, changeoverMinutes, window);
    }

    public Treadmill withChangeoverMinutes(int minutes) {
        return new Treadmill(name, lanes, belt, minSpeed, maxSpeed, resolution, incline, minutes, window);
    }

    public Treadmill withWindow(DayWindow newWindow) {
        return new Treadmill(name, lanes, belt, minSpeed, maxSpeed, resolution, incline, changeoverMinutes, newWindow);
    }
}
