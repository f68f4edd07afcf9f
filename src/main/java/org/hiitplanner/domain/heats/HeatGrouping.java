package org.hiitplanner.domain.heats;

import org.hiitplanner.domain.treadmill.Tolerance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

import org.hiitplanner.domain.schedule.PlannedSession;

/**
 * Which animals run together; the order of the heats is decided afterwards by {@link RunOrdering}.
 *
 * <p>Single belt. A heat is feasible when it has one animal, or when the belt's high speed (see {@link BeltRule})
 * is within every member's tolerance. The plan has the fewest heats of at most {@code lanes} animals; among those
 * the smallest <em>spread</em>, Σ over heats of (fastest − slowest own high speed), which is twice the sum of each
 * heat's largest deviation before rounding; then the smallest total |deviation|.
 *
 * <p>Why runs of the sorted list suffice. Sort by own high speed x. (1) Feasibility depends only on a heat's slowest
 * a and fastest b: x − tol(x) and x + tol(x) never decrease with x (absolute, or percent ≤ 100), so the belt speed h
 * meets every member's tolerance when it meets a's and b's. (2) A heat whose range [a', b'] lies inside a feasible
 * heat's range [a, b] is feasible. For speeds on the treadmill's steps r and within its limits (what the schedule
 * gives for the treadmill the animals are planned on), h rounds the midpoint up, so a' is the farther end at
 * ceil_r((b' − a') / 2) ≤ ceil_r((b − a) / 2) ≤ tol(a) ≤ tol(a'), and b' is nearer still with tol(b') ≥ tol(a').
 * Speeds off the steps (a what-if on another treadmill) are covered by the brute-force test, not by this argument.
 * (3) Take two heats A and B whose ranges overlap (crossing or nested), A holding
 * the slowest animal u1 of their union u1 ≤ … ≤ um. Give A the |A| slowest of the union and B the rest: A's range
 * stays inside [a, b] of A, B's inside A's or B's, so both stay feasible (2), the count is unchanged, and the
 * spread becomes (um − u1) − (u|A|+1 − u|A|) ≤ um − u1 ≤ spread(A) + spread(B), because two overlapping ranges
 * cover [u1, um]. Repeating this ends with heats that are runs of the sorted list, so a dynamic programme over
 * runs of length ≤ lanes finds the optimum over all partitions. {@code HeatPlannerOptimalityTest} checks this
 * against brute force.
 *
 * <p>The spread, not the total deviation, is the second objective because with the midpoint rule the least total
 * deviation is not always reached by runs: for speeds 20, 24, 25, 25, 26, 30 and 3 lanes, heats {20, 25, 30} and
 * {24, 25, 26} (total deviation 12, largest 5) beat the runs {20, 24, 25}, {25, 26, 30} (13, largest 2.5). The
 * spread prefers the runs, which also have the smaller largest deviation.
 */
final class HeatGrouping {
    private HeatGrouping() {
    }

    /** (heats, spread, total |deviation|), compared in that order. */
    private record Score(int heats, BigDecimal spread, BigDecimal deviation) implements Comparable<Score> {
        static final Score NONE = new Score(0, BigDecimal.ZERO, BigDecimal.ZERO);

        Score plus(Score o) {
            return new Score(heats + o.heats, spread.add(o.spread), deviation.add(o.deviation));
        }

        @Override
        public int compareTo(Score o) {
            int c = Integer.compare(heats, o.heats);
            if (c != 0) {
                return c;
            }
            c = spread.compareTo(o.spread);
            return c != 0 ? c : deviation.compareTo(o.deviation);
        }
    }

    /** Sessions with speeds by own high speed, then animal id. */
    static List<PlannedSession> byHighSpeed(List<PlannedSession> sessions) {
        List<PlannedSession> sorted = new ArrayList<>(sessions);
        sorted.sort(Comparator.comparing((PlannedSession s) -> s.prescription().highSpeed())
                .thenComparing(PlannedSession::animalId));
        return sorted;
    }

    /** The optimal heats on a single belt, slowest first; each heat's animals slowest first. */
    static List<List<PlannedSession>> singleBelt(List<PlannedSession> sessions, int lanes, BeltRule rule,
                                                 Tolerance tolerance) {
        List<PlannedSession> sorted = byHighSpeed(sessions);
        int n = sorted.size();
        BigDecimal[] x = new BigDecimal[n];
        BigDecimal[] allowed = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            x[i] = sorted.get(i).prescription().highSpeed();
            allowed[i] = tolerance.allowedFor(x[i]);
        }
        Score[] best = new Score[n + 1];
        int[] from = new int[n + 1];
        best[0] = Score.NONE;
        for (int j = 1; j <= n; j++) {
            for (int i = j - 1; i >= Math.max(0, j - lanes); i--) {
                Score heat = heat(x, allowed, i, j, rule);
                if (heat != null) {
                    Score s = best[i].plus(heat);
                    if (best[j] == null || s.compareTo(best[j]) < 0) {
                        best[j] = s;
                        from[j] = i;
                    }
                }
            }
        }
        List<List<PlannedSession>> heats = new ArrayList<>();
        for (int j = n; j > 0; j = from[j]) {
            heats.add(sorted.subList(from[j], j));
        }
        Collections.reverse(heats);
        return heats;
    }

    /** The score of animals i..j−1 (sorted) as one heat; null when it is not feasible. One animal always is. */
    private static Score heat(BigDecimal[] x, BigDecimal[] allowed, int i, int j, BeltRule rule) {
        BigDecimal h = rule.speed(x[i], x[j - 1]);
        BigDecimal deviation = BigDecimal.ZERO;
        for (int k = i; k < j; k++) {
            BigDecimal d = h.subtract(x[k]).abs();
            if (j - i > 1 && d.compareTo(allowed[k]) > 0) {
                return null;
            }
            deviation = deviation.add(d);
        }
        return new Score(1, x[j - 1].subtract(x[i]), deviation);
    }

    /**
     * Independent lanes: ceil(n / lanes) heats. Longest sessions first, so that long sessions share heats and the
     * day is as short as it can be; then by own high speed and animal id.
     */
    static List<List<PlannedSession>> independentLanes(List<PlannedSession> sessions, int lanes) {
        List<PlannedSession> sorted = new ArrayList<>(sessions);
        sorted.sort(Comparator.comparingInt((PlannedSession s) -> -s.prescription().totalSeconds())
                .thenComparing(s -> s.prescription().highSpeed())
                .thenComparing(PlannedSession::animalId));
        List<List<PlannedSession>> heats = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i += lanes) {
            heats.add(sorted.subList(i, Math.min(sorted.size(), i + lanes)));
        }
        return heats;
    }
}
