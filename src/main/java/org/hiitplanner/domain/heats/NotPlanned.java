package org.hiitplanner.domain.heats;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.schedule.PlannedSession;

/**
 * A session that is not put in any heat, and why (e.g. no Vmax, so no speeds). Never silently dropped.
 *
 * @param session the session
 * @param reason  one line for the user
 */
public record NotPlanned(PlannedSession session, String reason) {
    public NotPlanned {
        Checks.required(session, "session");
        reason = Checks.text(reason, "reason");
    }

    public String animalId() {
        return session.animalId();
    }
}
