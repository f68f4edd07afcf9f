package org.hiitplanner.domain.heats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.Checks;
import org.hiitplanner.domain.treadmill.BeltType;

/**
 * The heats of one day on one treadmill, in running order.
 *
 * @param treadmill    its name
 * @param belt         single belt or independent lanes
 * @param lanes        lanes of the treadmill
 * @param date         the day; null only when there were no sessions at all
 * @param firstStart   when the first heat starts
 * @param heats        in running order
 * @param notPlanned   sessions that are in no heat, and why
 * @param totalSeconds from the start of the first heat to the end of the last (durations and changeovers)
 * @param fits         false when the day does not fit the day window (or runs past midnight without one)
 * @param warnings     for the whole day, e.g. the window overrun
 * @param options      what the plan was made with (tolerance, changeover, window, order)
 */
public record HeatPlan(String treadmill, BeltType belt, int lanes, LocalDate date, LocalTime firstStart,
                       List<Heat> heats, List<NotPlanned> notPlanned, int totalSeconds, boolean fits,
                       List<String> warnings, HeatOptions options) {
    public HeatPlan {
        treadmill = Checks.text(treadmill, "treadmill");
        Checks.required(belt, "belt type");
        Checks.range(lanes, 1, 16, "lanes");
        Checks.required(firstStart, "first start");
        heats = Checks.list(heats, "heats");
        notPlanned = Checks.list(notPlanned, "sessions not planned");
        Checks.notNegative(totalSeconds, "total seconds");
        warnings = Checks.list(warnings, "warnings");
        Checks.required(options, "heat options");
    }

    public Optional<LocalDate> day() {
        return Optional.ofNullable(date);
    }

    public int heatCount() {
        return heats.size();
    }

    /** Animals placed in heats. */
    public int animalCount() {
        return heats.stream().mapToInt(h -> h.runners().size()).sum();
    }

    /** Total time in minutes, to 0.1 min. */
    public BigDecimal totalMinutes() {
        return BigDecimal.valueOf(totalSeconds).divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    /** Clock time when the last heat ends (wraps after midnight). */
    public LocalTime end() {
        return firstStart.plusSeconds(totalSeconds);
    }

    /** The largest |high-phase deviation| of any animal, m/min. */
    public BigDecimal maxDeviation() {
        return heats.stream().map(Heat::maxDeviation).reduce(BigDecimal.ZERO, BigDecimal::max);
    }

    /** Σ |high-phase deviation| over every animal, m/min. */
    public BigDecimal totalDeviation() {
        return heats.stream().map(Heat::totalDeviation).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Σ over heats of fastest minus slowest own high speed, m/min (no longer part of the planner's objective). */
    public BigDecimal spread() {
        return heats.stream().map(Heat::spread).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The same plan with one more warning for the whole day. */
    public HeatPlan withWarning(String warning) {
        List<String> more = new ArrayList<>(warnings);
        more.add(Checks.text(warning, "warning"));
        return new HeatPlan(treadmill, belt, lanes, date, firstStart, heats, notPlanned, totalSeconds, fits, more,
                options);
    }

    /** The heat an animal runs in. */
    public Optional<Heat> heatOf(String animalId) {
        return heats.stream().filter(h -> h.animalIds().contains(animalId)).findFirst();
    }
}
