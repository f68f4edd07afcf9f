package org.hiitplanner.domain.welfare;

import java.time.LocalDate;

import org.hiitplanner.domain.Checks;

/**
 * A welfare concern about one animal.
 *
 * @param kind     what kind of concern
 * @param animalId the animal
 * @param date     the session or weighing it comes from
 * @param message  a sentence naming the animal, the numbers and the limit
 */
public record WelfareFlag(Kind kind, String animalId, LocalDate date, String message) {
    public enum Kind {
        /** A session's stimuli above the per-session limit. */
        STIMULI,
        /** Body-weight loss from baseline at or beyond the endpoint, not yet cleared by a PI. */
        WEIGHT_LOSS
    }

    public WelfareFlag {
        Checks.required(kind, "kind of welfare flag");
        Checks.text(animalId, "animal of a welfare flag");
        Checks.required(date, "date of a welfare flag");
        message = Checks.text(message, "welfare flag message");
    }
}
