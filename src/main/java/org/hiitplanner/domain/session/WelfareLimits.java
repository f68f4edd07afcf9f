package org.hiitplanner.domain.session;

import java.math.BigDecimal;

import org.hiitplanner.domain.Checks;

/**
 * The lab's welfare limits.
 *
 * @param stimulusLimit          most stimuli allowed in one session; a record above it is flagged
 * @param weightLossEndpointPercent body-weight loss from the animal's baseline (first recorded weight) at or beyond
 *                               which the animal is flagged until a PI clears it, in percent (default 20)
 */
public record WelfareLimits(int stimulusLimit, BigDecimal weightLossEndpointPercent) {
    public static final int DEFAULT_STIMULUS_LIMIT = 20;
    public static final BigDecimal DEFAULT_WEIGHT_LOSS_PERCENT = BigDecimal.valueOf(20);

    public WelfareLimits {
        Checks.range(stimulusLimit, 0, 10_000, "stimulus limit per session");
        Checks.positive(weightLossEndpointPercent, "body-weight loss endpoint (%)");
        if (weightLossEndpointPercent.compareTo(BigDecimal.valueOf(100)) >= 0) {
            throw new IllegalArgumentException("body-weight loss endpoint must be below 100 % (was "
                    + weightLossEndpointPercent.toPlainString() + ")");
        }
    }

    public static WelfareLimits defaults() {
        return new WelfareLimits(DEFAULT_STIMULUS_LIMIT, DEFAULT_WEIGHT_LOSS_PERCENT);
    }
}
