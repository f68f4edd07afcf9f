package org.hiitplanner.domain.heats;

import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.Checks;

/**
 * Animals that run together, in running order.
 *
 * @param number          1.. in running order
 * @param start           clock time of the start (wraps after midnight: see {@link HeatPlan#fits()})
 * @param startSecond     seconds from the start of the first heat
 * @param durationSeconds the longest session in the heat
 * @param belt            the belt's speeds on a single belt; null on independent lanes
 * @param runners         the animals, by lane
 * @param warnings        e.g. sessions of different lengths
 */
public record Heat(int number, LocalTime start, int startSecond, int durationSeconds, PhaseSpeeds belt,
                   List<HeatRunner> runners, List<String> warnings) {
    public Heat {
        Checks.range(number, 1, Integer.MAX_VALUE, "heat number");
        Checks.required(start, "start of heat " + number);
        Checks.notNegative(startSecond, "start second of heat " + number);
        Checks.notNegative(durationSeconds, "duration of heat " + number);
        runners = Checks.list(runners, "animals of heat " + number);
        if (runners.isEmpty()) {
            throw new IllegalArgumentException("heat " + number + " has no animals");
        }
        warnings = Checks.list(warnings, "warnings of heat " + number);
    }

    /** The belt's speeds; empty on independent lanes, where each animal runs its own. */
    public Optional<PhaseSpeeds> beltSpeeds() {
        return Optional.ofNullable(belt);
    }

    /** Clock time of the end. */
    public LocalTime end() {
        return start.plusSeconds(durationSeconds);
    }

    /** Seconds from the start of the first heat to the end of this one. */
    public int endSecond() {
        return startSecond + durationSeconds;
    }

    public List<String> animalIds() {
        return runners.stream().map(HeatRunner::animalId).toList();
    }

    /** Fastest minus slowest own high speed in this heat, m/min. */
    public BigDecimal spread() {
        BigDecimal min = null;
        BigDecimal max = null;
        for (HeatRunner r : runners) {
            BigDecimal v = r.own().high();
            min = min == null || v.compareTo(min) < 0 ? v : min;
            max = max == null || v.compareTo(max) > 0 ? v : max;
        }
        return max.subtract(min);
    }

    /** The largest |high-phase deviation| in this heat, m/min. */
    public BigDecimal maxDeviation() {
        return runners.stream().map(r -> r.deviation().high().abs()).reduce(BigDecimal.ZERO, BigDecimal::max);
    }

    /** Σ |high-phase deviation| of the animals in this heat, m/min. */
    public BigDecimal totalDeviation() {
        return runners.stream().map(r -> r.deviation().high().abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
