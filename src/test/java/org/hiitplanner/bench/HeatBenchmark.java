package org.hiitplanner.bench;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.hiitplanner.domain.heats.HeatOptions;
import org.hiitplanner.domain.heats.HeatPlan;
import org.hiitplanner.domain.heats.HeatPlanner;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.schedule.ScheduleQuery;
import org.hiitplanner.domain.treadmill.BeltType;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.export.SampleStudies;

/**
 * How long {@link HeatPlanner#plan} takes for one day of 28, 1 000 and 10 000 animals (the engine's sessions of the
 * first Monday of {@link SampleStudies#large}: Vmax about 26–42 m/min, week 1 at 80 %, 0.1 m/min steps) on a 3-lane
 * single belt with the default ±5 %, on a 16-lane single belt (the longest runs the programme looks at) and on
 * 5 independent lanes. Not a unit test: run it with
 * {@code mvn -B -ntp -q test-compile exec:java -Dexec.mainClass=org.hiitplanner.bench.HeatBenchmark
 * -Dexec.classpathScope=test}. The target is 1 000 animals on 3-lane belts in under 50 ms.
 */
public final class HeatBenchmark {
    private static final double TARGET_MS = 50;
    private static final int WARM_UP_SECONDS = 3;

    private final HeatPlanner planner = new HeatPlanner();
    private long sink;

    public static void main(String[] args) {
        new HeatBenchmark().run();
    }

    private static Treadmill belt(int lanes, BeltType type) {
        return new Treadmill("Bench", lanes, type, BigDecimal.ZERO, new BigDecimal("100.0"), new BigDecimal("0.1"));
    }

    private static List<PlannedSession> day(int animals) {
        return new ScheduleEngine().schedule(SampleStudies.large(animals, animals),
                ScheduleQuery.day(SampleStudies.START));
    }

    void run() {
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        warmUp(day(1_000));
        System.out.println();
        System.out.println("| animals | treadmill | heats | max deviation | runs | median ms | best ms | µs/animal |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|");
        double target = 0;
        for (int animals : new int[] {28, 1_000, 10_000}) {
            List<PlannedSession> day = day(animals);
            int runs = animals <= 1_000 ? 101 : 21;
            double median = row(day, belt(3, BeltType.SINGLE_BELT), "3-lane single belt", runs);
            row(day, belt(16, BeltType.SINGLE_BELT), "16-lane single belt", runs);
            row(day, belt(5, BeltType.INDEPENDENT_LANES), "5 independent lanes", runs);
            target = animals == 1_000 ? median : target;
        }
        System.out.printf(Locale.ROOT, "%n1 000 animals on 3-lane belts: median %.2f ms, target < %.0f ms: %s%n",
                target, TARGET_MS, target < TARGET_MS ? "met" : "MISSED");
        System.out.println("(sink " + (sink & 1) + ")");
    }

    /** Plans for 3 s on 3-lane belts, so that the JIT has compiled the planner's paths. */
    private void warmUp(List<PlannedSession> day) {
        long until = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        Treadmill t = belt(3, BeltType.SINGLE_BELT);
        while (System.nanoTime() < until) {
            sink += planner.plan(day, t, HeatOptions.defaults()).heatCount();
        }
    }

    private double row(List<PlannedSession> day, Treadmill t, String what, int runs) {
        HeatPlan plan = planner.plan(day, t, HeatOptions.defaults());
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += planner.plan(day, t, HeatOptions.defaults()).heatCount();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        double median = nanos[runs / 2] / 1e6;
        System.out.printf(Locale.ROOT, "| %,d | %s | %,d | %s | %d | %.2f | %.2f | %.1f |%n", day.size(), what,
                plan.heatCount(), plan.maxDeviation().toPlainString(), runs, median, nanos[0] / 1e6,
                median * 1e3 / day.size());
        return median;
    }
}
