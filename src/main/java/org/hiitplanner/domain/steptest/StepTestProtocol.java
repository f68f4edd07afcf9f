package org.hiitplanner.domain.steptest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.Units;

/**
 * The incremental step test that measures Vmax.
 *
 * @param startSpeed     S0, speed of the first stage, m/min
 * @param increment      d, speed added per stage, m/min
 * @param stageSeconds   T, length of a stage
 * @param inclineDegrees treadmill incline
 * @param plannedDays    suggested test days (a result carries its own date)
 */
public record StepTestProtocol(BigDecimal startSpeed, BigDecimal increment, int stageSeconds,
                               BigDecimal inclineDegrees, List<LocalDate> plannedDays) {
    public StepTestProtocol {
        Checks.positive(startSpeed, "step-test start speed");
        Checks.positive(increment, "step-test increment");
        Checks.range(stageSeconds, 1, 3600, "step-test stage length (s)");
        Checks.required(inclineDegrees, "step-test incline");
        if (inclineDegrees.abs().compareTo(BigDecimal.valueOf(45)) > 0) {
            throw new IllegalArgumentException("step-test incline must be between -45 and 45 degrees (was "
                    + inclineDegrees.toPlainString() + ")");
        }
        plannedDays = List.copyOf(new TreeSet<>(Checks.list(plannedDays, "planned test days")));
    }

    /** S0 10 m/min, +2 m/min, 120 s stages, no incline, with the suggested days for this start and length. */
    public static StepTestProtocol defaults(LocalDate start, int weeks) {
        return new StepTestProtocol(BigDecimal.TEN, BigDecimal.valueOf(2), 120, BigDecimal.ZERO,
                suggestedDays(start, weeks, 2));
    }

    /**
     * Baseline on start − 2 days, then after every {@code everyWeeks} weeks on start + 7·w − 2 days
     * (the Saturdays, for a Monday start), up to and including week {@code weeks}.
     */
    public static List<LocalDate> suggestedDays(LocalDate start, int weeks, int everyWeeks) {
        List<LocalDate> days = new ArrayList<>();
        days.add(start.minusDays(2));
        for (int w = everyWeeks; w <= weeks; w += everyWeeks) {
            days.add(start.plusDays(7L * w - 2));
        }
        return days;
    }

    /**
     * Kuipers' Vmax for a total running time E: k = E div T completed stages, t = E mod T seconds into the next;
     * Vmax = S0 + (k−1)·d + (t/T)·d, rounded HALF_UP to 0.01 m/min. Empty when k = 0 (an invalid test).
     */
    public Optional<BigDecimal> vmaxForTotal(int totalSeconds) {
        Checks.notNegative(totalSeconds, "total running time (s)");
        return vmaxForStages(totalSeconds / stageSeconds, totalSeconds % stageSeconds);
    }

    /**
     * Kuipers' Vmax for k completed stages and t seconds into the next; empty when k = 0, and when t is not below
     * the stage length (such a result is reported by the validator and never used).
     */
    public Optional<BigDecimal> vmaxForStages(int completedStages, int secondsIntoNext) {
        Checks.notNegative(completedStages, "completed stages");
        Checks.notNegative(secondsIntoNext, "seconds into the next stage");
        if (completedStages == 0 || secondsIntoNext >= stageSeconds) {
            return Optional.empty();
        }
        BigDecimal partial = increment.multiply(BigDecimal.valueOf(secondsIntoNext))
                .divide(BigDecimal.valueOf(stageSeconds), 10, RoundingMode.HALF_UP);
        BigDecimal vmax = startSpeed.add(increment.multiply(BigDecimal.valueOf(completedStages - 1L))).add(partial);
        return Optional.of(Units.roundVmax(vmax));
    }

    /** Speed of stage {@code n} (from 1): S0 + (n−1)·d. */
    public BigDecimal stageSpeed(int n) {
        return startSpeed.add(increment.multiply(BigDecimal.valueOf(n - 1L)));
    }

    /** True when S0, d, T and the incline are those of {@code other} (the planned days are not compared). */
    public boolean sameTest(StepTestProtocol other) {
        return startSpeed.compareTo(other.startSpeed) == 0 && increment.compareTo(other.increment) == 0
                && stageSeconds == other.stageSeconds && inclineDegrees.compareTo(other.inclineDegrees) == 0;
    }

    public StepTestProtocol withPlannedDays(List<LocalDate> days) {
        return new StepTestProtocol(startSpeed, increment, stageSeconds, inclineDegrees, days);
    }
}
