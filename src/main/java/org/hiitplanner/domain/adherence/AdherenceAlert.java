package org.hiitplanner.domain.adherence;

import org.hiitplanner.domain.Checks;

/**
 * Something the PI should look at.
 *
 * @param kind    which rule raised it
 * @param subject the animal id, or the two group names joined by " / "
 * @param message a sentence naming the subject and the numbers
 */
public record AdherenceAlert(Kind kind, String subject, String message) {
    public enum Kind {
        /** Vmax changed more than the set percentage between consecutive valid tests. */
        VMAX_CHANGE,
        /** An animal had several partial sessions in a row. */
        PARTIAL_STREAK,
        /** Two groups' interval adherence differ by more than the set number of points. */
        GROUP_GAP,
        /** A session above the stimulus limit, or a weighing at or beyond the weight-loss endpoint. */
        WELFARE_EVENT
    }

    public AdherenceAlert {
        Checks.required(kind, "alert kind");
        subject = Checks.text(subject, "alert subject");
        message = Checks.text(message, "alert message");
    }
}
