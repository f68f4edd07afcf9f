package org.hiitplanner.domain.heats;

import org.hiitplanner.domain.treadmill.HeatSettings;
import org.hiitplanner.domain.treadmill.Tolerance;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.domain.treadmill.RunOrder;

import java.time.LocalTime;
import java.util.Optional;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.treadmill.DayWindow;

/**
 * How heats are planned.
 *
 * @param tolerance         how far the belt's high speed may be from each animal's own
 * @param changeoverSeconds between the end of one heat and the start of the next (cleaning, weighing, swapping)
 * @param window            optional hours of the day; null when not set (the first heat then starts at 08:00)
 * @param order             how heats are ordered and animals put in lanes
 * @param seed              for {@link RunOrder#SEEDED_RANDOM}; with the date, it decides the order
 */
public record HeatOptions(Tolerance tolerance, int changeoverSeconds, DayWindow window, RunOrder order, long seed) {
    /** When the first heat starts without a day window. */
    public static final LocalTime DEFAULT_START = LocalTime.of(8, 0);
    /** 10 minutes. */
    public static final int DEFAULT_CHANGEOVER_SECONDS = 600;

    public HeatOptions {
        Checks.required(tolerance, "tolerance");
        Checks.range(changeoverSeconds, 0, 24 * 3600, "changeover between heats (s)");
        Checks.required(order, "run order");
    }

    /** ±5 %, 10 minutes' changeover, no window, counterbalanced. */
    public static HeatOptions defaults() {
        return new HeatOptions(Tolerance.defaultTolerance(), DEFAULT_CHANGEOVER_SECONDS, null, RunOrder.COUNTERBALANCED,
                0L);
    }

    public Optional<DayWindow> dayWindow() {
        return Optional.ofNullable(window);
    }

    /** The start of the window, or 08:00. */
    public LocalTime firstStart() {
        return window == null ? DEFAULT_START : window.start();
    }

    public HeatOptions withTolerance(Tolerance newTolerance) {
        return new HeatOptions(newTolerance, changeoverSeconds, window, order, seed);
    }

    public HeatOptions withChangeoverSeconds(int seconds) {
        return new HeatOptions(tolerance, seconds, window, order, seed);
    }

    public HeatOptions withWindow(DayWindow newWindow) {
        return new HeatOptions(tolerance, changeoverSeconds, newWindow, order, seed);
    }

    public HeatOptions withOrder(RunOrder newOrder, long newSeed) {
        return new HeatOptions(tolerance, changeoverSeconds, window, newOrder, newSeed);
    }

    /** The options of a study's heat settings for no treadmill in particular: 10 minutes' changeover, no window. */
    public static HeatOptions of(HeatSettings settings) {
        return new HeatOptions(settings.tolerance(), DEFAULT_CHANGEOVER_SECONDS, null, settings.order(),
                settings.seed());
    }

    /** The options of a study's heat settings for one treadmill: its changeover and day window. */
    public static HeatOptions of(HeatSettings settings, Treadmill treadmill) {
        return new HeatOptions(settings.tolerance(), treadmill.changeoverSeconds(), treadmill.window(),
                settings.order(), settings.seed());
    }
}
