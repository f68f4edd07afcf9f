package org.hiitplanner.domain.heats;

import org.hiitplanner.domain.treadmill.Tolerance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.hiitplanner.domain.schedule.PlannedSession;

/**
 * Which animals run together; the order of the heats is decided afterwards by {@link RunOrdering}.
 *
 * <p>Single belt. A heat holds at most {@code lanes} animals and runs at one belt speed, {@link BeltRule}: the
 * midpoint of its slowest and fastest own high speed, rounded half up to the treadmill's steps and kept within its
 * limits (the belt speed that makes the heat's largest deviation smallest). A heat of several animals is feasible
 * when that speed is within every member's tolerance; one animal always is. The objective, compared in this order:
 * <ol>
 *   <li>the fewest heats;</li>
 *   <li>the smallest <em>largest</em> deviation |belt − own high speed| of any animal of the day;</li>
 *   <li>the smallest total deviation.</li>
 * </ol>
 * The plan is the optimum over all partitions of the animals, not only over runs of neighbours in speed order.
 *
 * <p>How. (a) Runs suffice for the first two. A heat's largest deviation never grows when its range [a', b'] lies
 * inside a larger heat's [a, b]: the belt speed is the point of the treadmill's (clamped) steps nearest the midpoint,
 * which minimises max(|g − a'|, |g − b'|) over the steps, and the larger heat's belt speed is one such step within
 * that distance of every speed in [a, b]. Feasibility keeps too (x − tol(x) and x + tol(x) never decrease with x;
 * for speeds on the treadmill's steps the rounded midpoint of a sub-range stays within its ends' tolerances). So two
 * heats whose ranges overlap can give the |A| slowest of their union to one and the rest to the other without more
 * heats or a larger largest deviation, and {@link RunGrouping} finds (heats, largest deviation) by a dynamic
 * programme over runs. (b) The total is not always reached by runs: when another heat sets the day's largest
 * deviation, nested heats can be better, e.g. 20, 24, 25, 25, 26, 30, 40, 50 on 3 lanes at ±5 m/min: {20, 25, 30} +
 * {24, 25, 26} + {40, 50} (largest 5, total 22) against the runs {20, 24, 25} + {25, 26, 30} + {40, 50} (total 23).
 * {@link SweepGrouping} searches all partitions with that largest deviation, by how many animals of each distinct
 * speed go into which heat, keeping only what beats the runs. {@code HeatPlannerOptimalityTest} checks the result
 * against brute force over all partitions.
 */
final class HeatGrouping {
    private HeatGrouping() {
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
        DaySpeeds speeds = new DaySpeeds(sorted.stream().map(s -> s.prescription().highSpeed()).toList(), lanes, rule,
                tolerance);
        RunGrouping runs = RunGrouping.of(speeds);
        List<int[]> better = SweepGrouping.better(speeds, runs.largest(), runs.cost());
        List<int[]> chosen = better != null ? better : runs.heats();
        int[] nextOf = new int[speeds.m];
        for (int k = sorted.size() - 1; k >= 0; k--) {
            nextOf[speeds.valueOf[k]] = k;
        }
        List<List<PlannedSession>> heats = new ArrayList<>(chosen.size());
        for (int[] heat : chosen) {
            List<PlannedSession> animals = new ArrayList<>(heat.length);
            for (int v : heat) {
                animals.add(sorted.get(nextOf[v]++));
            }
            heats.add(animals);
        }
        return heats;
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
