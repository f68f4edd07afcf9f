package org.hiitplanner.domain.heats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hiitplanner.domain.treadmill.Tolerance;

/**
 * The own high speeds of one day's animals on one single belt, as whole units of the finest decimal among the speeds,
 * the steps and the limits (so deviations add up exactly): the distinct speeds, slowest first, with how many animals
 * have each. The belt speed of a heat depends only on its slowest and fastest speed ({@link BeltRule}).
 */
final class DaySpeeds {
    /** At most this many animals share a heat. */
    final int lanes;
    /** Animals. */
    final int n;
    /** Distinct speeds. */
    final int m;
    /** Distinct speeds in units, ascending. */
    final long[] value;
    /** Animals per distinct speed. */
    final int[] count;
    /** The tolerance of each distinct speed, in units (rounded down: deviations are whole units). */
    final long[] allowed;
    /** Each animal's distinct-speed index, for the animals sorted by speed. */
    final int[] valueOf;
    /** One heat costs more than any total deviation: cost = heats × heatUnit + total deviation. */
    final long heatUnit;

    private final BeltRule rule;
    private final int scale;
    private final BigDecimal[] speed;
    private final Map<Long, Long> belts = new HashMap<>();

    /** @param sorted own high speeds, ascending */
    DaySpeeds(List<BigDecimal> sorted, int lanes, BeltRule rule, Tolerance tolerance) {
        this.lanes = lanes;
        this.rule = rule;
        this.n = sorted.size();
        int s = Math.max(0, Math.max(scaleOf(rule.resolution()), Math.max(scaleOf(rule.min()), scaleOf(rule.max()))));
        for (BigDecimal x : sorted) {
            s = Math.max(s, scaleOf(x));
        }
        this.scale = s;
        valueOf = new int[n];
        int distinct = 0;
        for (int k = 0; k < n; k++) {
            distinct += k == 0 || sorted.get(k).compareTo(sorted.get(k - 1)) != 0 ? 1 : 0;
            valueOf[k] = distinct - 1;
        }
        m = distinct;
        value = new long[m];
        count = new int[m];
        allowed = new long[m];
        speed = new BigDecimal[m];
        for (int k = 0; k < n; k++) {
            int t = valueOf[k];
            count[t]++;
            if (count[t] == 1) {
                speed[t] = sorted.get(k);
                value[t] = units(speed[t]);
                allowed[t] = tolerance.allowedFor(speed[t]).movePointRight(scale).setScale(0, RoundingMode.FLOOR)
                        .longValueExact();
            }
        }
        long low = Math.min(m == 0 ? 0 : value[0], units(rule.min()));
        long high = Math.max(m == 0 ? 0 : value[m - 1], units(rule.max()));
        heatUnit = (n + 1L) * (high - low + 1);
    }

    private static int scaleOf(BigDecimal x) {
        return x.stripTrailingZeros().scale();
    }

    private long units(BigDecimal x) {
        return x.movePointRight(scale).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
    }

    /** The belt speed, in units, of a heat whose slowest and fastest animals have distinct speeds i ≤ j. */
    long belt(int i, int j) {
        return belts.computeIfAbsent((long) i * m + j, k -> units(rule.speed(speed[i], speed[j])));
    }

    /** |belt − own| of an animal of speed t in a heat from speed i to speed j, in units. */
    long deviation(int i, int j, int t) {
        return Math.abs(belt(i, j) - value[t]);
    }

    /** True when an animal of speed t may share the belt of a heat from speed i to j (within its tolerance). */
    boolean fits(int i, int j, int t) {
        return deviation(i, j, t) <= allowed[t];
    }

    /** An animal of speed t on its own: its deviation, the least it can have in any heat. */
    long alone(int t) {
        return deviation(t, t, t);
    }

    /** True when several animals of speed t may share a heat (the belt at their rounded speed is within tolerance). */
    boolean shareable(int t) {
        return lanes > 1 && fits(t, t, t);
    }

    /** The heats that r animals of speed t alone need. */
    int sameSpeedHeats(int t, int r) {
        return shareable(t) ? (r + lanes - 1) / lanes : r;
    }
}
