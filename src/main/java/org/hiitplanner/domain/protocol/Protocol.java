package org.hiitplanner.domain.protocol;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.hiitplanner.domain.Checks;

/**
 * The training protocol: a list of weeks 1..W and the settings every session shares.
 * An interval is one high phase followed by one low phase, the last one included.
 *
 * @param weeks          week 1 first; at least one
 * @param highSeconds    length of each high phase
 * @param lowSeconds     length of each low phase
 * @param lowSpeed       the low-phase speed
 * @param warmUp         warm-up phase before the first interval
 * @param coolDown       cool-down phase after the last interval
 * @param inclineDegrees treadmill incline in degrees
 * @param note           free text, e.g. where the numbers come from
 */
public record Protocol(List<ProtocolWeek> weeks, int highSeconds, int lowSeconds, SpeedSetting lowSpeed,
                       Phase warmUp, Phase coolDown, BigDecimal inclineDegrees, String note) {
    public static final int MAX_WEEKS = 104;

    public Protocol {
        weeks = Checks.list(weeks, "weeks");
        if (weeks.isEmpty() || weeks.size() > MAX_WEEKS) {
            throw new IllegalArgumentException("the protocol must have between 1 and " + MAX_WEEKS
                    + " weeks (has " + weeks.size() + ")");
        }
        Checks.range(highSeconds, 1, 3600, "high-phase duration (s)");
        Checks.range(lowSeconds, 0, 3600, "low-phase duration (s)");
        Checks.required(lowSpeed, "low speed");
        Checks.required(warmUp, "warm-up");
        Checks.required(coolDown, "cool-down");
        Checks.required(inclineDegrees, "incline");
        if (inclineDegrees.abs().compareTo(BigDecimal.valueOf(45)) > 0) {
            throw new IllegalArgumentException("incline must be between -45 and 45 degrees (was "
                    + inclineDegrees.toPlainString() + ")");
        }
        note = Checks.note(note, "protocol note");
    }

    /** Number of weeks W. */
    public int weekCount() {
        return weeks.size();
    }

    /** Week w, counted from 1. */
    public ProtocolWeek week(int w) {
        return weeks.get(w - 1);
    }

    /** Total session length in seconds: warm-up + N·(high + low) + cool-down. */
    public int sessionSeconds(int intervals) {
        return warmUp.seconds() + intervals * (highSeconds + lowSeconds) + coolDown.seconds();
    }

    public Protocol withWeeks(List<ProtocolWeek> newWeeks) {
        return new Protocol(newWeeks, highSeconds, lowSeconds, lowSpeed, warmUp, coolDown, inclineDegrees, note);
    }

    public Protocol withWeek(int w, ProtocolWeek week) {
        List<ProtocolWeek> copy = new ArrayList<>(weeks);
        copy.set(w - 1, week);
        return withWeeks(copy);
    }

    public Protocol withPhases(int newHighSeconds, int newLowSeconds, SpeedSetting newLowSpeed) {
        return new Protocol(weeks, newHighSeconds, newLowSeconds, newLowSpeed, warmUp, coolDown, inclineDegrees, note);
    }

    public Protocol withWarmUpAndCoolDown(Phase newWarmUp, Phase newCoolDown) {
        return new Protocol(weeks, highSeconds, lowSeconds, lowSpeed, newWarmUp, newCoolDown, inclineDegrees, note);
    }

    public Protocol withIncline(BigDecimal degrees) {
        return new Protocol(weeks, highSeconds, lowSeconds, lowSpeed, warmUp, coolDown, degrees, note);
    }

    /**
     * The shipped default template. Its week-by-week numbers are an assumption that a lab must verify against
     * the Methods of Khoramipour et al., Sci Rep 2025: intervals 4, 5, 6, 7, 8, 9, 10, 10 at
     * 80, 85, 85, 90, 90, 95, 95, 100 % Vmax; 120 s high, 60 s low at 50 % Vmax; 300 s warm-up and cool-down
     * at 40 % Vmax; no incline.
     */
    public static Protocol defaultTemplate() {
        int[] intervals = {4, 5, 6, 7, 8, 9, 10, 10};
        String[] percents = {"80", "85", "85", "90", "90", "95", "95", "100"};
        List<ProtocolWeek> weeks = new ArrayList<>();
        for (int i = 0; i < intervals.length; i++) {
            weeks.add(ProtocolWeek.of(intervals[i], percents[i]));
        }
        Phase easy = new Phase(300, SpeedSetting.percent("40"));
        return new Protocol(weeks, 120, 60, SpeedSetting.percent("50"), easy, easy, BigDecimal.ZERO,
                "Default template: the week-by-week numbers are an assumption to verify against the Methods of "
                        + "Khoramipour et al., Sci Rep 2025 (doi 10.1038/s41598-025-15432-8).");
    }
}
