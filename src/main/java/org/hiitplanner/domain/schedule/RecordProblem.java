package org.hiitplanner.domain.schedule;

import java.time.LocalDate;
import java.util.Objects;

import org.hiitplanner.domain.session.SessionStatus;

/**
 * Why a session record does not belong to the plan (DESIGN.md §2 "Session record"): a code with its arguments.
 * Code decides on {@link #code()}; {@link #text()} is an English sentence made from the arguments, for now.
 *
 * @param code          what is wrong
 * @param animalId      the record's animal
 * @param date          the record's date
 * @param sessionNumber the record's session number
 * @param status        the record's status
 * @param intervals     the record's intervals completed
 * @param expected      the planned intervals (interval codes) or the plan's session number
 *                      ({@link Code#WRONG_SESSION_NUMBER}); 0 otherwise
 * @param limit         today ({@link Code#FUTURE}), the exclusion date ({@link Code#AFTER_EXCLUSION}), the
 *                      study's end ({@link Code#OUTSIDE_PROTOCOL}); null otherwise
 * @param group         the animal's group ({@link Code#GROUP_DOES_NOT_TRAIN}); empty otherwise
 */
public record RecordProblem(Code code, String animalId, LocalDate date, int sessionNumber, SessionStatus status,
                            int intervals, int expected, LocalDate limit, String group) {

    /** The rules a record can break. */
    public enum Code {
        /** No animal of that id in the study. */
        UNKNOWN_ANIMAL,
        /** The animal's group does not train (a control group) or does not exist. */
        GROUP_DOES_NOT_TRAIN,
        /** Before the start or after the last week of the protocol. */
        OUTSIDE_PROTOCOL,
        /** A weekday the calendar does not train on (e.g. a Saturday). */
        NOT_A_TRAINING_DAY,
        /** A skip date of the calendar. */
        SKIP_DATE,
        /** On or after the animal's exclusion date. */
        AFTER_EXCLUSION,
        /** No planned session for another reason. */
        NOT_PLANNED,
        /** The session number is not the plan's number for that day. */
        WRONG_SESSION_NUMBER,
        /** Dated after today. */
        FUTURE,
        /** Completed or partial although the session has no Vmax, so no prescription. */
        NO_PRESCRIPTION,
        /** Completed with fewer intervals than planned. */
        COMPLETED_TOO_FEW,
        /** Completed with more intervals than planned. */
        COMPLETED_TOO_MANY,
        /** Partial with intervals outside 1 … planned − 1. */
        PARTIAL_OUT_OF_RANGE,
        /** Missed or excused with intervals completed. */
        NOT_RUN_WITH_INTERVALS
    }

    public RecordProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(animalId, "animal");
        Objects.requireNonNull(date, "date");
        group = group == null ? "" : group;
    }

    /** An English sentence for this problem. */
    public String text() {
        String who = "Session record of " + animalId + " on " + date;
        String what = status == null ? "" : status.name().toLowerCase() + " ";
        return switch (code) {
            case UNKNOWN_ANIMAL -> who + ": there is no animal " + animalId + " in the study";
            case GROUP_DOES_NOT_TRAIN -> who + ": group " + (group.isEmpty() ? "?" : group)
                    + " does not train, so the animal has no sessions";
            case OUTSIDE_PROTOCOL -> who + ": the day lies outside the protocol's weeks (which end on " + limit + ")";
            case NOT_A_TRAINING_DAY -> who + ": " + date.getDayOfWeek().toString().charAt(0)
                    + date.getDayOfWeek().toString().substring(1).toLowerCase() + " is not a training day";
            case SKIP_DATE -> who + ": the day is a skip date of the calendar";
            case AFTER_EXCLUSION -> who + ": the animal is excluded from " + limit;
            case NOT_PLANNED -> who + ": the plan has no session for it";
            case WRONG_SESSION_NUMBER -> who + ": session number " + sessionNumber + " is not the plan's number "
                    + expected;
            case FUTURE -> who + ": the day is after today (" + limit + ")";
            case NO_PRESCRIPTION -> who + ": a " + what + "session needs a prescription, and there is no Vmax"
                    + " for this day; record it as missed or excused";
            case COMPLETED_TOO_FEW, COMPLETED_TOO_MANY -> who + ": completed means all " + expected
                    + " planned intervals, not " + intervals;
            case PARTIAL_OUT_OF_RANGE -> expected < 2 ? who + ": a session of 1 planned interval cannot be partial"
                    : who + ": partial means 1 to " + (expected - 1) + " of " + expected + " intervals, not "
                    + intervals;
            case NOT_RUN_WITH_INTERVALS -> who + ": a " + what + "session has 0 intervals, not " + intervals;
        };
    }
}
