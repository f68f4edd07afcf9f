package org.hiitplanner.domain.heats;

import org.hiitplanner.domain.treadmill.Tolerance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.junit.jupiter.api.Test;

/**
 * The planner against brute force. For 20 000 seeded random days of 1–9 animals with many equal speeds (drawn from a
 * few speeds on 0.5 or 1.0 m/min steps), 1–4 lanes, 0.1, 0.5 or 1.0 m/min treadmill steps, sometimes a maximum
 * below the fastest animals, and absolute or percent tolerances, every partition of the animals into heats of at most
 * {@code lanes} is enumerated. The rule of the belt, stated here independently of the planner: a heat runs at
 * (slowest + fastest own high speed) / 2, rounded half up to the treadmill's steps and kept within its limits; a
 * heat of several animals is allowed when that speed is within every member's tolerance, one animal always is. The
 * planner's (heats, largest deviation, total deviation) must equal the least such triple over all partitions.
 * Speeds are in hundredths of a m/min, as whole numbers, so that the search takes a few seconds.
 */
class HeatPlannerOptimalityTest {
    private static final int DAYS = 20_000;
    private static final int[] STEPS = {10, 10, 50, 100};
    private final HeatPlanner planner = new HeatPlanner();

    /** A random day. Speeds, step and limits in hundredths; tolerance in hundredths or whole percent. */
    private record Day(long[] speed, int lanes, long step, long min, long max, boolean percent, long tolerance) {
        Treadmill treadmill() {
            return new Treadmill("T", lanes, BeltType.SINGLE_BELT, BigDecimal.valueOf(min, 2),
                    BigDecimal.valueOf(max, 2), BigDecimal.valueOf(step, 2));
        }

        Tolerance tol() {
            return percent ? Tolerance.percent(BigDecimal.valueOf(tolerance))
                    : Tolerance.absolute(BigDecimal.valueOf(tolerance, 2));
        }

        /** The belt rule. */
        long belt(long lo, long hi) {
            long h = (lo + hi + step) / (2 * step) * step;
            return Math.max(min, Math.min(max, h));
        }

        boolean within(long belt, long own) {
            long off = Math.abs(belt - own);
            return percent ? off * 100 <= own * tolerance : off <= tolerance;
        }
    }

    /** (heats, largest, total) in hundredths, compared in that order. */
    private record Triple(long heats, long largest, long total) {
        boolean below(Triple o) {
            if (o == null) {
                return true;
            }
            if (heats != o.heats) {
                return heats < o.heats;
            }
            return largest != o.largest ? largest < o.largest : total < o.total;
        }

        Triple plus(long[] heat) {
            return new Triple(heats + 1, Math.max(largest, heat[0]), total + heat[1]);
        }
    }

    @Test
    void twentyThousandRandomDaysWithEqualSpeedsMatchBruteForce() {
        SplittableRandom random = new SplittableRandom(20_251_201L);
        int nested = 0;
        int shared = 0;
        for (int c = 0; c < DAYS; c++) {
            Day day = randomDay(random);
            List<PlannedSession> sessions = new ArrayList<>();
            for (int i = 0; i < day.speed.length; i++) {
                sessions.add(HeatSessions.session("A" + i, BigDecimal.valueOf(day.speed[i], 2), HeatSessions.WEEK_2, 6));
            }
            HeatPlan plan = planner.plan(sessions, day.treadmill(), HeatOptions.defaults().withTolerance(day.tol()));
            Triple best = bruteForce(day);
            int number = c;
            Supplier<String> what = () -> "day " + number + ": " + sessions.stream().map(s -> s.prescription().highSpeed()).toList()
                    + " lanes " + day.lanes + " step " + day.step + " limits " + day.min + "–" + day.max + " "
                    + day.tol().label();
            Triple got = new Triple(plan.heatCount(), hundredths(plan.maxDeviation()), hundredths(plan.totalDeviation()));
            assertEquals(best, got, what);
            checkPlan(day, plan, what);
            shared += plan.heatCount() < day.speed.length ? 1 : 0;
            nested += notRuns(plan) ? 1 : 0;
        }
        assertTrue(shared > DAYS / 2, "most days put animals together: " + shared);
        assertTrue(nested > 0, "some optimal plans are not runs of neighbours in speed order: " + nested);
    }

    private static long hundredths(BigDecimal v) {
        return v.movePointRight(2).longValueExact();
    }

    private static Day randomDay(SplittableRandom r) {
        int n = 1 + r.nextInt(9);
        long grid = r.nextBoolean() ? 50 : 100;
        int pool = 1 + r.nextInt(4);
        long[] speeds = new long[pool];
        for (int p = 0; p < pool; p++) {
            speeds[p] = 2400 + grid * r.nextInt((int) (1000 / grid) + 1);
        }
        long[] speed = new long[n];
        for (int i = 0; i < n; i++) {
            speed[i] = r.nextInt(6) == 0 ? 2400 + grid * r.nextInt((int) (1000 / grid) + 1) : speeds[r.nextInt(pool)];
        }
        long step = STEPS[r.nextInt(STEPS.length)];
        step = grid % step == 0 ? step : 10;
        long max = r.nextInt(5) == 0 ? 3000 : 10000;
        boolean percent = r.nextInt(3) == 0;
        long tolerance = percent ? new long[] {0, 2, 5, 10, 15}[r.nextInt(5)] : 50L * r.nextInt(11);
        return new Day(speed, 1 + r.nextInt(4), step, 0, max, percent, tolerance);
    }

    /** True when some heat's range holds a speed strictly between the ends of another heat's range. */
    private static boolean notRuns(HeatPlan plan) {
        for (Heat a : plan.heats()) {
            for (Heat b : plan.heats()) {
                BigDecimal lo = a.runners().stream().map(x -> x.own().high()).reduce(BigDecimal::min).orElseThrow();
                BigDecimal hi = a.runners().stream().map(x -> x.own().high()).reduce(BigDecimal::max).orElseThrow();
                if (a != b && b.runners().stream().map(x -> x.own().high())
                        .anyMatch(x -> x.compareTo(lo) > 0 && x.compareTo(hi) < 0)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every heat within lanes and on distinct lanes, the belt by the rule, shared heats within tolerance. */
    private static void checkPlan(Day day, HeatPlan plan, Supplier<String> what) {
        assertEquals(day.speed.length, plan.animalCount(), what);
        for (Heat heat : plan.heats()) {
            assertTrue(heat.runners().size() <= day.lanes, what);
            assertEquals(heat.runners().size(), heat.runners().stream().map(HeatRunner::lane).distinct().count(), what);
            long lo = heat.runners().stream().mapToLong(x -> hundredths(x.own().high())).min().orElseThrow();
            long hi = heat.runners().stream().mapToLong(x -> hundredths(x.own().high())).max().orElseThrow();
            assertEquals(day.belt(lo, hi), hundredths(heat.belt().high()), what);
            for (HeatRunner x : heat.runners()) {
                assertTrue(heat.runners().size() == 1 || day.within(day.belt(lo, hi), hundredths(x.own().high())), what);
            }
        }
    }

    /** Every partition: the heat holding the first animal left, then the rest. */
    private static Triple bruteForce(Day day) {
        int n = day.speed.length;
        long[][] heat = new long[1 << n][];
        for (int mask = 1; mask < 1 << n; mask++) {
            heat[mask] = score(day, mask);
        }
        Triple[] best = {null};
        search(heat, (1 << n) - 1, new Triple(0, 0, 0), best);
        return best[0];
    }

    private static void search(long[][] heat, int rest, Triple sofar, Triple[] best) {
        if (best[0] != null && sofar.heats > best[0].heats) {
            return;
        }
        if (rest == 0) {
            best[0] = sofar.below(best[0]) ? sofar : best[0];
            return;
        }
        int first = rest & -rest;
        int others = rest & ~first;
        for (int sub = others; ; sub = (sub - 1) & others) {
            long[] h = heat[sub | first];
            if (h != null) {
                search(heat, rest & ~(sub | first), sofar.plus(h), best);
            }
            if (sub == 0) {
                break;
            }
        }
    }

    /** {largest, total} of these animals as one heat, or null when it is not allowed. */
    private static long[] score(Day day, int mask) {
        if (Integer.bitCount(mask) > day.lanes) {
            return null;
        }
        long lo = Long.MAX_VALUE;
        long hi = Long.MIN_VALUE;
        for (int i = 0; i < day.speed.length; i++) {
            if ((mask >> i & 1) == 1) {
                lo = Math.min(lo, day.speed[i]);
                hi = Math.max(hi, day.speed[i]);
            }
        }
        long belt = day.belt(lo, hi);
        long largest = 0;
        long total = 0;
        for (int i = 0; i < day.speed.length; i++) {
            if ((mask >> i & 1) == 1) {
                if (Integer.bitCount(mask) > 1 && !day.within(belt, day.speed[i])) {
                    return null;
                }
                largest = Math.max(largest, Math.abs(belt - day.speed[i]));
                total += Math.abs(belt - day.speed[i]);
            }
        }
        return new long[] {largest, total};
    }
}
