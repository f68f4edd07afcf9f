package org.hiitplanner.bench;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.hiitplanner.cli.Cli;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.domain.study.StudyValidator;
import org.hiitplanner.export.SampleStudies;
import org.hiitplanner.storage.StudyStore;

/**
 * How long {@code record --csv} takes to enter every session of a 1 000-animal, 8-week study (40 000 sessions)
 * in one run: read the study, check every row, append the records with their audit entries, save. Not a unit test:
 * run it with {@code mvn -B -ntp -q test-compile exec:java -Dexec.mainClass=org.hiitplanner.bench.RecordCsvBenchmark
 * -Dexec.classpathScope=test}. The goal is under 10 s.
 */
public final class RecordCsvBenchmark {
    private static final int ANIMALS = 1_000;
    private static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        Study study = SampleStudies.large(ANIMALS, 7L);
        List<PlannedSession> sessions = new ScheduleEngine().schedule(study);
        Path dir = Files.createTempDirectory("record-bench");
        Path csv = dir.resolve("sessions.csv");
        try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            w.write("animal,date,status\n");
            for (PlannedSession p : sessions) {
                w.write(p.animalId() + "," + p.date() + ",completed\n");
            }
        }
        Clock afterTheStudy = Clock.fixed(study.endDate().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                ZoneOffset.UTC);
        StudyStore store = new StudyStore();
        long[] nanos = new long[RUNS];
        for (int run = 0; run < RUNS; run++) {
            Path file = dir.resolve("study-" + run + ".hiit.json");
            store.save(study, file);
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long t0 = System.nanoTime();
            int exit = new Cli(store, new ScheduleEngine(), new StudyValidator(), afterTheStudy).execute(
                    new String[] {"record", file.toString(), "--csv", csv.toString(), "--operator", "Bench"},
                    new PrintWriter(out), new PrintWriter(err));
            nanos[run] = System.nanoTime() - t0;
            if (exit != 0) {
                throw new IllegalStateException("record failed: " + err);
            }
            System.out.printf(Locale.ROOT, "run %d: %d sessions recorded in %.2f s, file %.1f MB%n", run + 1,
                    sessions.size(), nanos[run] / 1e9, Files.size(file) / 1e6);
        }
        java.util.Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "record --csv, %d animals, %d sessions: median %.2f s (goal < 10 s)%n",
                ANIMALS, sessions.size(), nanos[RUNS / 2] / 1e9);
    }
}
