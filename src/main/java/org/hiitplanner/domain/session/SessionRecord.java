package org.hiitplanner.domain.session;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.animal.Animal;

/**
 * What actually happened in one planned session (DESIGN.md §2 "Session record"). A record belongs to the planned
 * session of the same animal and date.
 *
 * @param animalId           the animal
 * @param date               the day of the session
 * @param sessionNumber      session number in the study calendar, from 1
 * @param status             completed, partial, missed or excused
 * @param intervalsCompleted intervals run, ≥ 0; 0 when missed
 * @param stimuli            stimulus count, ≥ 0
 * @param secondsOnGrid      seconds spent on the grid, ≥ 0
 * @param bodyWeightGrams    body weight in g, or null when not weighed
 * @param notes              free text, never null
 * @param excuseReason       why the session was excused; required when excused, otherwise empty or free text
 * @param operator           who ran it; required when completed or partial
 * @param recordedAt         when the record was entered
 */
public record SessionRecord(String animalId, LocalDate date, int sessionNumber, SessionStatus status,
                            int intervalsCompleted, int stimuli, int secondsOnGrid, BigDecimal bodyWeightGrams,
                            String notes, String excuseReason, String operator, Instant recordedAt) {
    public SessionRecord {
        Animal.checkId(animalId);
        Checks.required(date, "date of the session record of animal " + animalId);
        String where = " of animal " + animalId + " on " + date;
        Checks.range(sessionNumber, 1, Integer.MAX_VALUE, "session number" + where);
        Checks.required(status, "status" + where);
        Checks.notNegative(intervalsCompleted, "intervals completed" + where);
        Checks.notNegative(stimuli, "stimuli" + where);
        Checks.notNegative(secondsOnGrid, "seconds on the grid" + where);
        if (bodyWeightGrams != null) {
            Checks.positive(bodyWeightGrams, "body weight (g)" + where);
        }
        notes = Checks.note(notes, "notes" + where);
        excuseReason = Checks.optionalText(excuseReason, "excuse reason" + where);
        operator = Checks.optionalText(operator, "operator" + where);
        Checks.required(recordedAt, "recorded-at" + where);
        checkStatus(status, intervalsCompleted, excuseReason, operator, where);
    }

    private static void checkStatus(SessionStatus status, int intervals, String excuseReason, String operator,
                                    String where) {
        if (status == SessionStatus.MISSED && intervals != 0) {
            throw new IllegalArgumentException("a missed session" + where + " must have 0 intervals completed (was "
                    + intervals + ")");
        }
        if (status == SessionStatus.EXCUSED && excuseReason.isEmpty()) {
            throw new IllegalArgumentException("an excused session" + where + " needs a reason");
        }
        if (status.wasRun() && operator.isEmpty()) {
            throw new IllegalArgumentException("a " + status.name().toLowerCase() + " session" + where
                    + " needs an operator");
        }
    }


    /**
     * Of two records of the same animal and day, the one that counts: the one recorded later (a correction
     * supersedes the record before it). Use as the merge function when keeping one record per animal and day.
     */
    public static SessionRecord later(SessionRecord a, SessionRecord b) {
        return b.recordedAt().isBefore(a.recordedAt()) ? a : b;
    }

    public Optional<BigDecimal> bodyWeight() {
        return Optional.ofNullable(bodyWeightGrams);
    }

}
