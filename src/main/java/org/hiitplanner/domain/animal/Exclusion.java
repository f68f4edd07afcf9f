package org.hiitplanner.domain.animal;

import java.time.LocalDate;

import org.hiitplanner.domain.Checks;

/**
 * An animal taken out of the study: no sessions from {@code from} on.
 *
 * @param from   first day without sessions
 * @param reason why, for the record
 */
public record Exclusion(LocalDate from, String reason) {
    public Exclusion {
        Checks.required(from, "exclusion date");
        reason = Checks.text(reason, "exclusion reason");
    }
}
