package org.hiitplanner.storage;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.hiitplanner.domain.session.WelfareClearance;
import org.hiitplanner.domain.session.WelfareLimits;
import org.hiitplanner.storage.StudyJson.WelfareClearanceJson;
import org.hiitplanner.storage.StudyJson.WelfareJson;

/** Maps the welfare limits and the PIs' clearances of a document to the domain. */
final class WelfareFromJson {
    private final Problems problems;

    WelfareFromJson(Problems problems) {
        this.problems = problems;
    }

    WelfareLimits limits(WelfareJson w, String path) {
        Integer stimuli = problems.required(w.stimulusLimit(), path, "stimulusLimit");
        BigDecimal endpoint = problems.decimal(w.weightLossEndpointPercent(), path, "weightLossEndpointPercent");
        if (stimuli == null || endpoint == null) {
            return null;
        }
        return problems.attempt(path, () -> new WelfareLimits(stimuli, endpoint));
    }

    WelfareClearance clearance(WelfareClearanceJson c, String path) {
        String animal = problems.required(c.animal(), path, "animal");
        LocalDate through = problems.required(c.coversThrough(), path, "coversThrough");
        String by = problems.required(c.clearedBy(), path, "clearedBy");
        Instant at = problems.required(c.clearedAt(), path, "clearedAt");
        String reason = problems.required(c.reason(), path, "reason");
        if (animal == null || through == null || by == null || at == null || reason == null) {
            return null;
        }
        return problems.attempt(path, () -> new WelfareClearance(animal, through, by, at, reason));
    }
}
