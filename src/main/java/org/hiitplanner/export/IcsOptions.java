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
 * @param zone        the lab's time zone: training times are clock times in this zone
 * @param dayStart    when the first heat of a day starts, for every treadmill; null: where the day's heats start
 *                    (the treadmill's day window, or 08:00), as on the run sheet
 * @param generatedAt when the file is written: every event's DTSTAMP
 */
public record IcsOptions(Grouping grouping, ZoneId zone, LocalTime dayStart, Instant generatedAt) {
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
        Objects.requireNonNull(generatedAt, "generatedAt");
    }

    /** The clock's zone, the heats' own start times, generated now by the clock. */
    public static IcsOptions of(Grouping grouping, Clock clock) {
        return new IcsOptions(grouping, clock.getZone(), null, clock.instant());
    }

    /** @param time the first heat's start on every day, or null for the heats' own start times */
    public IcsOptions withDayStart(LocalTime time) {
        return new IcsOptions(grouping, zone, time, generatedAt);
    }
}
