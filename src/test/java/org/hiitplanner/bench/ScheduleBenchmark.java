package org.hiitplanner.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.calendar.SessionDay;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.Prescription;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyValidator;
import org.hiitplanner.domain.steptest.VmaxHistory;
import org.hiitplanner.domain.steptest.VmaxInForce;
import org.hiitplanner.domain.treadmill.Treadmill;
import org.hiitplanner.export.SampleStudies;
import org.hiitplanner.storage.StudyStore;

/**
 * How long {@link ScheduleEngine#schedule} takes for 28, 1 000 and 10 000 animals × 8 weeks (default protocol,
 * Monday to Friday, one valid baseline test per animal, Vmax 26–42 m/min), and how long a 10 000-animal study takes
 * to save and load. Not a unit test: run it with
 * {@code mvn -B -ntp -q test-compile exec:java -Dexec.mainClass=org.hiitplanner.bench.ScheduleBenchmark
 * -Dexec.classpathScope=test}. The target is 10 000 animals scheduled in under 0.2 s.
 */
public final class ScheduleBenchmark {
    private static final int[] SIZES = {28, 1_000, 10_000};
    private static final double TARGET_MS = 200;

    private final ScheduleEngine engine = new ScheduleEngine();
    private long sink;

    /**
     * Timings of one measurement.
     *
     * @param nanos          each run, sorted
     * @param gcMillis       garbage-collection time during all runs
     * @param allocatedBytes bytes allocated by this thread per run (average)
     */
    record Timings(long[] nanos, long gcMillis, long allocatedBytes) {
        double medianMs() {
            return nanos[nanos.length / 2] / 1e6;
        }

        double bestMs() {
            return nanos[0] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        new ScheduleBenchmark().run();
    }

    void run() throws Exception {
        System.out.printf(Locale.ROOT, "Java %s, %d processors, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        warmUp();
        System.out.println();
        System.out.println("| animals | sessions | runs | median ms | best ms | sessions/s (median) "
                + "| ns/session (median) | GC ms per run | MiB allocated per run |");
        System.out.println("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        double largestMedian = 0;
        for (int animals : SIZES) {
            Study study = SampleStudies.large(animals, animals);
            int sessions = engine.schedule(study).size();
            Timings t = time(runsFor(animals), () -> engine.schedule(study).size());
            System.out.printf(Locale.ROOT, "| %,d | %,d | %d | %.2f | %.2f | %,.0f | %.0f | %.1f | %.1f |%n", animals,
                    sessions, t.nanos().length, t.medianMs(), t.bestMs(), sessions / (t.medianMs() / 1e3),
                    t.medianMs() * 1e6 / sessions, (double) t.gcMillis() / t.nanos().length,
                    t.allocatedBytes() / 1048576.0);
            largestMedian = t.medianMs();
        }
        System.out.printf(Locale.ROOT, "%n10 000 animals: median %.1f ms, target < %.0f ms: %s%n", largestMedian,
                TARGET_MS, largestMedian < TARGET_MS ? "met" : "MISSED");
        breakdown(SampleStudies.large(10_000, 10_000));
        storage(SampleStudies.large(10_000, 10_000));
        System.out.println("(sink " + (sink & 1) + ")");
    }

    /**
     * Runs the engine for 3 s and then 15 times at the largest size, so that the JIT has compiled its paths and the
     * collector has sized the heap. No System.gc() between measurements: it shrinks the heap, and the next runs
     * would pay for growing it again.
     */
    private void warmUp() throws Exception {
        long until = System.nanoTime() + 3_000_000_000L;
        Study small = SampleStudies.large(1_000, 1);
        while (System.nanoTime() < until) {
            sink += engine.schedule(small).size();
        }
        Study large = SampleStudies.large(10_000, 2);
        for (int i = 0; i < 15; i++) {
            sink += engine.schedule(large).size();
        }
    }

    private static int runsFor(int animals) {
        return animals <= 100 ? 501 : animals <= 1_000 ? 101 : 21;
    }

    private Timings time(int runs, Callable<Integer> work) throws Exception {
        long[] nanos = new long[runs];
        long gcBefore = gcMillis();
        long allocatedBefore = allocatedBytes();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            sink += work.call();
            nanos[i] = System.nanoTime() - start;
        }
        long allocated = (allocatedBytes() - allocatedBefore) / runs;
        Arrays.sort(nanos);
        return new Timings(nanos, gcMillis() - gcBefore, allocated);
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime).filter(t -> t > 0).sum();
    }

    private static long allocatedBytes() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads) {
            return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
        }
        return 0;
    }

    /**
     * Where the engine's time goes for a study, timing its parts through the public domain API: the calendar, the
     * Vmax history and its look-ups for every session, and one Prescription per animal and week (what the engine
     * computes, since it reuses a prescription while the week and the Vmax stay the same).
     */
    private void breakdown(Study study) throws Exception {
        List<SessionDay> days = study.calendar().sessionDays(study.startDate(), study.protocol().weekCount());
        Treadmill treadmill = study.treadmills().get(0);
        System.out.println();
        System.out.printf(Locale.ROOT, "Parts of ScheduleEngine.schedule for %,d animals:%n%n", study.animals().size());
        System.out.println("| part | calls | runs | median ms | best ms | GC ms per run | MiB allocated per run |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        part("whole schedule", 1, time(11, () -> engine.schedule(study).size()));
        part("calendar sessionDays", 1, time(11, () -> study.calendar().sessionDays(study.startDate(),
                study.protocol().weekCount()).size()));
        part("VmaxHistory.of", 1, time(11, () -> VmaxHistory.of(study.stepTestResults(), study.stepTestProtocol())
                .tests("A00001").size()));
        VmaxHistory history = VmaxHistory.of(study.stepTestResults(), study.stepTestProtocol());
        part("VmaxHistory.inForce per session", days.size() * study.animals().size(), time(11, () -> {
            int n = 0;
            for (SessionDay d : days) {
                for (Animal a : study.animals()) {
                    n += history.inForce(a.id(), d.date()).isPresent() ? 1 : 0;
                }
            }
            return n;
        }));
        int weeks = study.protocol().weekCount();
        part("Prescription.of per animal and week", weeks * study.animals().size(), time(11, () -> {
            int n = 0;
            for (Animal a : study.animals()) {
                Optional<VmaxInForce> vmax = history.inForce(a.id(), study.startDate());
                for (int w = 1; w <= weeks; w++) {
                    n += Prescription.of(study.protocol(), w, vmax, treadmill).intervals();
                }
            }
            return n;
        }));
    }

    private static void part(String what, int calls, Timings t) {
        System.out.printf(Locale.ROOT, "| %s | %,d | %d | %.1f | %.1f | %.1f | %.1f |%n", what, calls, t.nanos().length,
                t.medianMs(), t.bestMs(), (double) t.gcMillis() / t.nanos().length, t.allocatedBytes() / 1048576.0);
    }

    /** Save and load through StudyStore, and the validator alone (load runs it). */
    private void storage(Study study) throws Exception {
        StudyStore store = new StudyStore();
        StudyValidator validator = new StudyValidator();
        Path folder = Files.createTempDirectory("hiit-bench");
        Path file = folder.resolve("bench-10000.hiit.json");
        System.out.println();
        System.out.println("| 10 000 animals | runs | median ms | best ms |");
        System.out.println("|---|---:|---:|---:|");
        row("StudyValidator.validate", time(5, () -> validator.validate(study).size()));
        try {
            row("StudyStore.save", time(5, () -> {
                store.save(study, file);
                return 1;
            }));
            row("StudyStore.load", time(5, () -> store.load(file).animals().size()));
            System.out.printf(Locale.ROOT, "%nFile: %,d bytes (%.1f MiB)%n", Files.size(file),
                    Files.size(file) / 1048576.0);
        } catch (UnsupportedOperationException e) {
            System.out.println("| StudyStore | not available yet: " + e.getMessage() + " | | |");
        } finally {
            deleteAll(folder);
        }
    }

    private static void row(String what, Timings t) {
        System.out.printf(Locale.ROOT, "| %s | %d | %.1f | %.1f |%n", what, t.nanos().length, t.medianMs(), t.bestMs());
    }

    private static void deleteAll(Path folder) throws IOException {
        try (var paths = Files.list(folder)) {
            for (Path p : paths.toList()) {
                Files.deleteIfExists(p);
            }
        }
        Files.deleteIfExists(folder);
    }

    /** For a quick look from a debugger or profiler. */
    List<PlannedSession> scheduleOnce(int animals) {
        return engine.schedule(SampleStudies.large(animals, animals));
    }
}
