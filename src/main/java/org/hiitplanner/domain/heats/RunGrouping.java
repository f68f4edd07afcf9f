package org.hiitplanner.domain.heats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The best heats made of runs of the animals sorted by speed, by two dynamic programmes: first the fewest heats and,
 * among those, the smallest largest deviation; then, with heats no worse than that largest deviation, the fewest
 * heats and the smallest total deviation. For the first two this is the optimum over all partitions (see
 * {@link HeatGrouping}); the total it reaches is an upper bound for {@link SweepGrouping}.
 *
 * @param heats        each heat as its animals' distinct-speed indices
 * @param largest      largest deviation, units
 * @param cost         heats × heat unit + total deviation
 */
record RunGrouping(List<int[]> heats, long largest, long cost) {
    private static final long NONE = Long.MAX_VALUE;

    static RunGrouping of(DaySpeeds s) {
        int n = s.n;
        int[] heats = new int[n + 1];
        long[] largest = new long[n + 1];
        for (int b = 1; b <= n; b++) {
            heats[b] = Integer.MAX_VALUE;
            for (int a = b - 1; a >= Math.max(0, b - s.lanes); a--) {
                long d = largest(s, a, b);
                if (d != NONE && heats[a] != Integer.MAX_VALUE) {
                    int k = heats[a] + 1;
                    long l = Math.max(largest[a], d);
                    if (k < heats[b] || k == heats[b] && l < largest[b]) {
                        heats[b] = k;
                        largest[b] = l;
                    }
                }
            }
        }
        return within(s, n == 0 ? 0 : largest[n]);
    }

    /** The fewest heats, then the least total, of runs whose deviations are at most {@code bound}. */
    private static RunGrouping within(DaySpeeds s, long bound) {
        int n = s.n;
        long[] cost = new long[n + 1];
        int[] from = new int[n + 1];
        for (int b = 1; b <= n; b++) {
            cost[b] = NONE;
            for (int a = b - 1; a >= Math.max(0, b - s.lanes); a--) {
                long d = largest(s, a, b);
                if (d != NONE && d <= bound && cost[a] != NONE) {
                    long c = cost[a] + s.heatUnit + total(s, a, b);
                    if (c < cost[b]) {
                        cost[b] = c;
                        from[b] = a;
                    }
                }
            }
        }
        List<int[]> heats = new ArrayList<>();
        for (int b = n; b > 0; b = from[b]) {
            int[] heat = new int[b - from[b]];
            for (int k = from[b]; k < b; k++) {
                heat[k - from[b]] = s.valueOf[k];
            }
            heats.add(heat);
        }
        Collections.reverse(heats);
        return new RunGrouping(heats, bound, cost[n]);
    }

    /** The largest deviation of sorted animals a..b−1 as one heat; NONE when one of several is out of tolerance. */
    private static long largest(DaySpeeds s, int a, int b) {
        int i = s.valueOf[a];
        int j = s.valueOf[b - 1];
        long largest = 0;
        for (int k = a; k < b; k++) {
            int t = s.valueOf[k];
            if (b - a > 1 && !s.fits(i, j, t)) {
                return NONE;
            }
            largest = Math.max(largest, s.deviation(i, j, t));
        }
        return largest;
    }

    private static long total(DaySpeeds s, int a, int b) {
        int i = s.valueOf[a];
        int j = s.valueOf[b - 1];
        long total = 0;
        for (int k = a; k < b; k++) {
            total += s.deviation(i, j, s.valueOf[k]);
        }
        return total;
    }
}
