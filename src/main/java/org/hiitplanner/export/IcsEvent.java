package org.hiitplanner.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * One VEVENT before it is written.
 *
 * @param uid         stable: the same study, kind, animal or treadmill and date always give the same UID
 * @param date        the day
 * @param start       start, or null for an all-day event on {@code date}
 * @param end         end, or null for an all-day event
 * @param summary     one line
 * @param description several lines
 * @param location    the treadmill, or null
 * @param training    a training event (else a step-test day)
 */
record IcsEvent(String uid, LocalDate date, ZonedDateTime start, ZonedDateTime end, String summary,
                String description, String location, boolean training) {
    /** The domain of every UID. */
    static final String UID_DOMAIN = "@hiit-planner";
    private static final char SEPARATOR = '\u001F';

    boolean allDay() {
        return start == null;
    }

    /**
     * A name-based (version 3) UUID of the study title, the kind of event, the animal or treadmill and the date,
     * followed by {@code @hiit-planner}: exporting again gives the same UIDs, so a calendar updates its events
     * instead of adding copies. The parts are joined with a character that cannot occur in them.
     */
    static String uid(String studyTitle, String kind, String key, LocalDate date) {
        String name = studyTitle + SEPARATOR + kind + SEPARATOR + key + SEPARATOR + date;
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)) + UID_DOMAIN;
    }
}
