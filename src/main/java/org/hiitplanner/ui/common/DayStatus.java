package org.hiitplanner.ui.common;

/** Whether a date has sessions and, if not, why not. */
public enum DayStatus {
    /** A training day with at least one session. */
    SESSIONS,
    /** A training day of the study on which no trained animal is active. */
    NO_ANIMALS,
    /** Not one of the study's training weekdays (e.g. a weekend). */
    NOT_TRAINING_DAY,
    /** One of the study's skip dates (a holiday). */
    SKIP_DATE,
    /** Before the study's first day. */
    BEFORE_START,
    /** After the last day of the last protocol week. */
    AFTER_END
}
