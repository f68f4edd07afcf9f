package org.hiitplanner.domain.session;

import java.time.Instant;
import java.time.LocalDate;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.animal.Animal;

/**
 * A PI's decision that an animal flagged for body-weight loss may go on. It covers the weighings dated on or
 * before {@code coversThrough}; a later weighing beyond the endpoint flags the animal again.
 *
 * @param animalId      the animal
 * @param coversThrough the last weighing date the decision covers
 * @param clearedBy     who cleared it
 * @param clearedAt     when
 * @param reason        why the animal may go on
 */
public record WelfareClearance(String animalId, LocalDate coversThrough, String clearedBy, Instant clearedAt,
                               String reason) {
    public WelfareClearance {
        Animal.checkId(animalId);
        Checks.required(coversThrough, "date covered by the welfare clearance of " + animalId);
        clearedBy = Checks.text(clearedBy, "who cleared the welfare flag of " + animalId);
        Checks.required(clearedAt, "time of the welfare clearance of " + animalId);
        reason = Checks.text(reason, "reason for clearing the welfare flag of " + animalId);
    }
}
