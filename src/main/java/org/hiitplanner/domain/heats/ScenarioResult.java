package org.hiitplanner.domain.heats;

import java.math.BigDecimal;

import org.hiitplanner.domain.Checks;

/**
 * A scenario and its plan, with the figures a comparison shows.
 *
 * @param scenario the alternative
 * @param plan     the day planned under it
 */
public record ScenarioResult(Scenario scenario, HeatPlan plan) {
    public ScenarioResult {
        Checks.required(scenario, "scenario");
        Checks.required(plan, "plan");
    }

    public String name() {
        return scenario.name();
    }

    public int heats() {
        return plan.heatCount();
    }

    /** The largest |high-phase deviation|, m/min. */
    public BigDecimal maxDeviation() {
        return plan.maxDeviation();
    }

    /** Σ |high-phase deviation|, m/min. */
    public BigDecimal totalDeviation() {
        return plan.totalDeviation();
    }

    /** From the start of the first heat to the end of the last, minutes to 0.1. */
    public BigDecimal totalMinutes() {
        return plan.totalMinutes();
    }

    /** Whether the day fits its window. */
    public boolean fits() {
        return plan.fits();
    }

    /** Sessions without speeds, in no heat. */
    public int notPlanned() {
        return plan.notPlanned().size();
    }
}
