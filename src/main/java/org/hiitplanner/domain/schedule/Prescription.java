package org.hiitplanner.domain.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hiitplanner.domain.Units;
import org.hiitplanner.domain.protocol.Protocol;
import org.hiitplanner.domain.protocol.ProtocolWeek;
import org.hiitplanner.domain.protocol.SpeedSetting;
import org.hiitplanner.domain.steptest.VmaxInForce;
import org.hiitplanner.domain.treadmill.Treadmill;

/**
 * Speeds and durations of one session for one Vmax, week and treadmill. Speeds are null when there is no Vmax,
 * and the speed of a phase of 0 seconds (e.g. no warm-up) is null: it has no speed and no warning.
 *
 * @param intervals       N
 * @param warmUpSpeed     m/min at the treadmill's resolution
 * @param highSpeed       m/min
 * @param lowSpeed        m/min
 * @param coolDownSpeed   m/min
 * @param warmUpSeconds   s
 * @param highSeconds     s, each high phase
 * @param lowSeconds      s, each low phase
 * @param coolDownSeconds s
 * @param totalSeconds    warm-up + N·(high + low) + cool-down
 * @param distanceMetres  Σ speed × seconds / 60, to 0.1 m; null without Vmax
 * @param warnings        e.g. a clamped speed or a missing Vmax
 */
public record Prescription(int intervals, BigDecimal warmUpSpeed, BigDecimal highSpeed, BigDecimal lowSpeed,
                           BigDecimal coolDownSpeed, int warmUpSeconds, int highSeconds, int lowSeconds,
                           int coolDownSeconds, int totalSeconds, BigDecimal distanceMetres, List<String> warnings) {
    public Prescription {
        warnings = List.copyOf(warnings);
    }

    /** The prescription for a week of the protocol, an optional Vmax in force and a treadmill. */
    public static Prescription of(Protocol protocol, int week, Optional<VmaxInForce> vmaxInForce, Treadmill treadmill) {
        ProtocolWeek pw = protocol.week(week);
        int n = pw.intervals();
        int total = protocol.sessionSeconds(n);
        List<String> warnings = new ArrayList<>();
        if (vmaxInForce.isEmpty()) {
            warnings.add("No Vmax: no valid step test on or before this day");
            return new Prescription(n, null, null, null, null, protocol.warmUp().seconds(), protocol.highSeconds(),
                    protocol.lowSeconds(), protocol.coolDown().seconds(), total, null, warnings);
        }
        Optional<BigDecimal> vmax = Optional.of(vmaxInForce.get().vmax());
        BigDecimal warm = speed("Warm-up", protocol.warmUp().speed(), vmax, protocol.warmUp().seconds(), treadmill, warnings);
        BigDecimal high = speed("High", new SpeedSetting(org.hiitplanner.domain.protocol.SpeedMode.PERCENT_OF_VMAX,
                pw.highPercent()), vmax, protocol.highSeconds(), treadmill, warnings);
        BigDecimal low = speed("Low", protocol.lowSpeed(), vmax, protocol.lowSeconds(), treadmill, warnings);
        BigDecimal cool = speed("Cool-down", protocol.coolDown().speed(), vmax, protocol.coolDown().seconds(),
                treadmill, warnings);
        BigDecimal metres = metres(warm, protocol.warmUp().seconds())
                .add(metres(high, (long) n * protocol.highSeconds()))
                .add(metres(low, (long) n * protocol.lowSeconds()))
                .add(metres(cool, protocol.coolDown().seconds()))
                .setScale(1, RoundingMode.HALF_UP);
        return new Prescription(n, warm, high, low, cool, protocol.warmUp().seconds(), protocol.highSeconds(),
                protocol.lowSeconds(), protocol.coolDown().seconds(), total, metres, warnings);
    }

    private static BigDecimal speed(String phase, SpeedSetting setting, Optional<BigDecimal> vmax, int seconds,
                                    Treadmill treadmill, List<String> warnings) {
        if (seconds == 0) {
            return null; // a phase of 0 seconds is not run: no speed and no warning (DESIGN.md §2)
        }
        BigDecimal rounded = treadmill.round(setting.speedFor(vmax).orElseThrow());
        if (rounded.compareTo(treadmill.maxSpeed()) > 0) {
            BigDecimal max = treadmill.round(treadmill.maxSpeed());
            warnings.add(phase + " speed " + rounded.toPlainString() + " m/min is above the maximum of treadmill "
                    + treadmill.name() + "; clamped to " + max.toPlainString() + " m/min");
            return max;
        }
        if (rounded.compareTo(treadmill.minSpeed()) < 0) {
            BigDecimal min = treadmill.round(treadmill.minSpeed());
            warnings.add(phase + " speed " + rounded.toPlainString() + " m/min is below the minimum of treadmill "
                    + treadmill.name() + "; raised to " + min.toPlainString() + " m/min");
            return min;
        }
        return rounded;
    }

    /** The distance of a phase; a phase of 0 seconds has no speed and no distance. */
    private static BigDecimal metres(BigDecimal speed, long seconds) {
        return speed == null ? BigDecimal.ZERO : Units.metres(speed, seconds);
    }

    public boolean hasSpeeds() {
        return highSpeed != null;
    }

    /** Every phase in running order: warm-up, then high and low for each interval, then cool-down. */
    public List<PlannedPhase> phases() {
        List<PlannedPhase> phases = new ArrayList<>(2 * intervals + 2);
        int t = 0;
        phases.add(new PlannedPhase(PhaseKind.WARM_UP, 0, t, warmUpSeconds, warmUpSpeed));
        t += warmUpSeconds;
        for (int i = 1; i <= intervals; i++) {
            phases.add(new PlannedPhase(PhaseKind.HIGH, i, t, highSeconds, highSpeed));
            t += highSeconds;
            phases.add(new PlannedPhase(PhaseKind.LOW, i, t, lowSeconds, lowSpeed));
            t += lowSeconds;
        }
        phases.add(new PlannedPhase(PhaseKind.COOL_DOWN, 0, t, coolDownSeconds, coolDownSpeed));
        return phases;
    }
}
