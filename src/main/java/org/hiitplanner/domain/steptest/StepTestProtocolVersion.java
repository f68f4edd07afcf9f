package org.hiitplanner.domain.steptest;

import java.time.LocalDate;
import java.util.List;

import org.hiitplanner.domain.Checks;

/**
 * A later version of the step test (S0, d, T, incline), in force for results dated on or after
 * {@code effectiveFrom}: results before that date keep the version, and so the Vmax, they were measured with.
 * The first version is the study's step-test protocol and is not a {@code StepTestProtocolVersion}. The planned test
 * days are not versioned (a suggestion only): a version's protocol has none.
 *
 * @param effectiveFrom first day this version applies to
 * @param protocol      S0, d, T and incline from that day on (its planned days are dropped)
 * @param reason        why the step test was changed
 */
public record StepTestProtocolVersion(LocalDate effectiveFrom, StepTestProtocol protocol, String reason) {
    public StepTestProtocolVersion {
        Checks.required(effectiveFrom, "effective date of a step-test protocol version");
        Checks.required(protocol, "step-test protocol of the version effective from " + effectiveFrom);
        protocol = protocol.plannedDays().isEmpty() ? protocol : protocol.withPlannedDays(List.of());
        reason = Checks.text(reason, "reason for the step-test protocol version effective from " + effectiveFrom);
    }

    public StepTestProtocolVersion withProtocol(StepTestProtocol newProtocol) {
        return new StepTestProtocolVersion(effectiveFrom, newProtocol, reason);
    }
}
