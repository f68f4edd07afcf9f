package org.hiitplanner.domain.heats;

import org.hiitplanner.domain.treadmill.Tolerance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.junit.jupiter.api.Test;

/**
 * The planner against brute force: for 2000 seeded random days of 1–8 animals, 1–4 lanes, random speeds (on and off
 * the treadmill's steps), steps, limits and tolerances, every partition of the animals into heats of at most
 * {@code lanes} is enumerated; the planner's (heats, spread) must equal the best feasible one.
 */
class HeatPlannerOptimalityTest {
    private static final String[] STEPS = {"0.1", "0.1", "0.1", "0.5", "0.25", "1"};
    private final HeatPlanner planner = new HeatPlanner();

    /** A random day: speeds, treadmill and tolerance. */
    private record Case(List<PlannedSession> sessions, Treadmill treadmill, Tolerance tolerance) {
    }

    /** (heats, spread) of the best partition. */
    private record Best(int heats, BigDecimal spread) {
    }

    @Test
    void twoThousandRandomDaysMatchBruteForce() {
        SplittableRandom random = new SplittableRandom(20_251_116L);
        int merged = 0;
        for (int c = 0; c < 2000; c++) {
            Case day = randomCase(random);
            HeatPlan plan = planner.plan(day.sessions, day.treadmill, HeatOptions.defaults().withTolerance(day.tolerance));
            Best best = bruteForce(day);
            String what = "case " + c + ": " + day.sessions.stream().map(s -> s.prescription().highSpeed()).toList()
                    + " lanes " + day.treadmill.lanes() + " step " + day.treadmill.resolution() + " max "
                    + day.treadmill.maxSpeed() + " " + day.tolerance.label();
            assertEquals(best.heats, plan.heatCount(), what);
            assertEquals(0, best.spread.compareTo(plan.spread()), what + ": spread " + plan.spread() + " vs " + best.spread);
            checkPlan(day, plan, what);
            merged += plan.heatCount() < day.sessions.size() ? 1 : 0;
        }
        assertTrue(merged > 500, "most cases put animals together: " + merged);
    }

    private static Case randomCase(SplittableRandom r) {
        int n = 1 + r.nextInt(8);
        int lanes = 1 + r.nextInt(4);
        BigDecimal step = new BigDecimal(STEPS[r.nextInt(STEPS.length)]);
        BigDecimal max = r.nextInt(4) == 0 ? new BigDecimal("26.0") : new BigDecimal("100.0");
        BigDecimal min = r.nextInt(4) == 0 ? new BigDecimal("22.0") : BigDecimal.ZERO;
        Treadmill t = new Treadmill("T", lanes, BeltType.SINGLE_BELT, min, max, step);
        List<PlannedSession> sessions = new ArrayList<>();
        boolean hundredths = r.nextInt(3) == 0;
        for (int i = 0; i < n; i++) {
            BigDecimal speed = hundredths ? BigDecimal.valueOf(2000 + r.nextInt(1001), 2)
                    : BigDecimal.valueOf(200 + r.nextInt(101), 1);
            sessions.add(HeatSessions.session("A" + i, speed, HeatSessions.WEEK_2, 6));
        }
        Tolerance tol = r.nextBoolean() ? Tolerance.percent(BigDecimal.valueOf(new int[] {0, 1, 2, 5, 10}[r.nextInt(5)]))
                : Tolerance.absolute(BigDecimal.valueOf(r.nextInt(31), 1));
        return new Case(sessions, t, tol);
    }

    /** Every heat within lanes, every animal once, every shared heat within tolerance at the rounded midpoint. */
    private static void checkPlan(Case day, HeatPlan plan, String what) {
        assertEquals(day.sessions.size(), plan.animalCount(), what);
        for (Heat heat : plan.heats()) {
            assertTrue(heat.runners().size() <= day.treadmill.lanes(), what);
            assertEquals(heat.runners().size(), heat.runners().stream().map(HeatRunner::lane).distinct().count(), what);
            List<BigDecimal> own = heat.runners().stream().map(r -> r.own().high()).toList();
            assertEquals(beltSpeed(own, day.treadmill), heat.belt().high(), what);
            if (own.size() > 1) {
                for (HeatRunner r : heat.runners()) {
                    BigDecimal off = r.deviation().high().abs();
                    assertTrue(off.compareTo(day.tolerance.allowedFor(r.own().high())) <= 0, what);
                }
            }
        }
    }

    private static Best bruteForce(Case day) {
        List<BigDecimal> speeds = day.sessions.stream().map(s -> s.prescription().highSpeed()).toList();
        Best[] best = {null};
        search(speeds, day, 0, new ArrayList<>(), best);
        return best[0];
    }

    /** Places animal i in each existing heat with room, or in a new heat; scores complete partitions. */
    private static void search(List<BigDecimal> speeds, Case day, int i, List<List<BigDecimal>> heats, Best[] best) {
        if (best[0] != null && heats.size() > best[0].heats) {
            return; // heats only grow
        }
        if (i == speeds.size()) {
            score(heats, day, best);
            return;
        }
        int existing = heats.size();
        for (int h = 0; h < existing; h++) {
            List<BigDecimal> heat = heats.get(h);
            if (heat.size() < day.treadmill.lanes()) {
                heat.add(speeds.get(i));
                search(speeds, day, i + 1, heats, best);
                heat.remove(heat.size() - 1);
            }
        }
        List<BigDecimal> fresh = new ArrayList<>(List.of(speeds.get(i)));
        heats.add(fresh);
        search(speeds, day, i + 1, heats, best);
        heats.remove(heats.size() - 1);
    }

    private static void score(List<List<BigDecimal>> heats, Case day, Best[] best) {
        BigDecimal spread = BigDecimal.ZERO;
        for (List<BigDecimal> heat : heats) {
            BigDecimal lo = heat.stream().reduce(BigDecimal::min).orElseThrow();
            BigDecimal hi = heat.stream().reduce(BigDecimal::max).orElseThrow();
            if (heat.size() > 1) {
                BigDecimal h = beltSpeed(heat, day.treadmill);
                for (BigDecimal x : heat) {
                    if (h.subtract(x).abs().compareTo(day.tolerance.allowedFor(x)) > 0) {
                        return;
                    }
                }
            }
            spread = spread.add(hi.subtract(lo));
        }
        Best b = best[0];
        if (b == null || heats.size() < b.heats || heats.size() == b.heats && spread.compareTo(b.spread) < 0) {
            best[0] = new Best(heats.size(), spread);
        }
    }

    /** (slowest + fastest) / 2 rounded half up to the step, within the rounded limits. */
    private static BigDecimal beltSpeed(List<BigDecimal> heat, Treadmill t) {
        BigDecimal lo = heat.stream().reduce(BigDecimal::min).orElseThrow();
        BigDecimal hi = heat.stream().reduce(BigDecimal::max).orElseThrow();
        BigDecimal h = t.round(lo.add(hi).divide(BigDecimal.valueOf(2)));
        BigDecimal max = t.round(t.maxSpeed());
        BigDecimal min = t.round(t.minSpeed());
        return h.compareTo(max) > 0 ? max : h.compareTo(min) < 0 ? min : h;
    }
}
