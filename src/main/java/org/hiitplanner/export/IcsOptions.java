package org.hiitplanner.export;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * How an iCalendar file is written.
 *
 * @param grouping    one event per animal per session, or one per treadmill per training day
 * @param zone        the lab's time zone: training events start at {@code dayStart} in this zone
 * @param dayStart    the clock time of the first training run of a day (sessions have no time of their own yet)
 * @param generatedAt when the file is written: every event's DTSTAMP
 */
public record IcsOptions(Grouping grouping, ZoneId zone, LocalTime dayStart, Instant generatedAt) {
    /** 09:00. */
    public static final LocalTime DEFAULT_DAY_START = LocalTime.of(9, 0);

    /** Which events a training day gives. */
    public enum Grouping {
        /** One event per animal per session (560 for the demo study). */
        PER_ANIMAL,
        /** One event per treadmill per training day, listing its animals (40 for the demo study). */
        PER_TREADMILL
    }

    public IcsOptions {
        Objects.requireNonNull(grouping, "grouping");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(dayStart, "dayStart");
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    /** The clock's zone, a 09:00 day start, generated now by the clock. */
    public static IcsOptions of(Grouping grouping, Clock clock) {
        return new IcsOptions(grouping, clock.getZone(), DEFAULT_DAY_START, clock.instant());
    }

    public IcsOptions withDayStart(LocalTime time) {
        return new IcsOptions(grouping, zone, time, generatedAt);
    }
}
