package org.hiitplanner.ui.adherence;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.hiitplanner.domain.animal.Animal;
import org.hiitplanner.domain.schedule.PlannedSession;
import org.hiitplanner.domain.schedule.ScheduleEngine;
import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.session.SessionStatus;
import org.hiitplanner.domain.steptest.Measurement;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.steptest.VmaxHistory;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;
import org.hiitplanner.storage.StudyStore;

/**
 * The demo study with made-up but plausible, reproducible session records, for tests and screenshots: every
 * planned session up to a date has a record, mostly completed; the T2D+HIIT rats stop early more often than the
 * HIIT rats (a group gap of more than 10 points); R24 has three partial sessions in a row in week 2; R16's second
 * session was first recorded as missed and then corrected to completed; body weights on Mondays and Thursdays; and
 * a second step test of every animal after week 2 in which R17 improved by about 20 %.
 * {@link #main} writes such a study to a file (default /tmp/adherence-sample.hiit.json).
 */
public final class AdherenceSamples {
    private static final String OPERATOR = "A. Tech";

    private AdherenceSamples() {
    }

    /** The demo study from {@code start} with records for the sessions up to {@code through}. */
    public static Study study(LocalDate start, LocalDate through) {
        Study demo = DemoStudy.create(start);
        Study tested = withSecondTests(demo, start.plusDays(7L * 2 - 2), through);
        return tested.withSessionRecords(records(tested, through));
    }

    /**
     * The demo study (from 2026-11-16) up to Saturday 2026-11-28: records for the ten sessions of its first two
     * weeks and the step tests of that Saturday.
     */
    public static Study twoWeeks() {
        return study(DemoStudy.DEFAULT_START, DemoStudy.DEFAULT_START.plusDays(12));
    }

    private static Study withSecondTests(Study study, LocalDate day, LocalDate through) {
        if (day.isAfter(through)) {
            return study;
        }
        VmaxHistory history = VmaxHistory.of(study.stepTestResults(), study.stepTestProtocol());
        Random random = new Random(17);
        List<StepTestResult> results = new ArrayList<>(study.stepTestResults());
        for (Animal a : study.animals()) {
            BigDecimal before = history.tests(a.id()).get(0).vmax();
            boolean trains = a.group().endsWith("HIIT");
            double gain = a.id().equals("R17") ? 0.20 : trains ? 0.05 + random.nextDouble() * 0.07
                    : -0.02 + random.nextDouble() * 0.05;
            double after = before.doubleValue() * (1 + gain);
            // S0 10, +2 every 120 s: Vmax = 8 + E / 60
            int total = (int) Math.round((after - 8) * 60);
            results.add(new StepTestResult(a.id(), day, new Measurement.TotalTime(total), "Demo Technician", true, ""));
        }
        return study.withStepTestResults(results);
    }

    private static List<SessionRecord> records(Study study, LocalDate through) {
        Random random = new Random(2026);
        Map<String, Integer> baseWeight = new HashMap<>();
        List<SessionRecord> out = new ArrayList<>();
        for (PlannedSession p : new ScheduleEngine().schedule(study)) {
            if (p.date().isAfter(through)) {
                break;
            }
            int base = baseWeight.computeIfAbsent(p.animalId(), id -> (p.group().startsWith("T2D") ? 360 : 300)
                    + random.nextInt(40));
            out.add(record(p, statusOf(p, random), base, random));
            if (p.animalId().equals("R16") && p.number() == 2) {
                out.add(0, new SessionRecord(p.animalId(), p.date(), p.number(), SessionStatus.MISSED, 0, 0, 0, null,
                        "entered by mistake", "", OPERATOR, at(p.date(), 9)));
            }
        }
        return out;
    }

    private static SessionStatus statusOf(PlannedSession p, Random random) {
        if (p.animalId().equals("R24") && p.week() == 2 && p.number() >= 7 && p.number() <= 9) {
            return SessionStatus.PARTIAL;
        }
        if (p.animalId().equals("R16") && p.number() == 2) {
            return SessionStatus.COMPLETED;
        }
        double r = random.nextDouble();
        boolean diabetic = p.group().startsWith("T2D");
        double partial = diabetic ? 0.28 : 0.08;
        double missed = diabetic ? 0.07 : 0.02;
        double excused = 0.02;
        if (r < excused) {
            return SessionStatus.EXCUSED;
        } else if (r < excused + missed) {
            return SessionStatus.MISSED;
        } else if (r < excused + missed + partial) {
            return SessionStatus.PARTIAL;
        }
        return SessionStatus.COMPLETED;
    }

    private static SessionRecord record(PlannedSession p, SessionStatus status, int baseWeight, Random random) {
        int planned = p.prescription().intervals();
        int done = switch (status) {
            case COMPLETED -> planned;
            case PARTIAL -> 1 + random.nextInt(planned - 1);
            default -> 0;
        };
        int stimuli = status == SessionStatus.PARTIAL ? 4 + random.nextInt(9) : status.wasRun() ? random.nextInt(3) : 0;
        int grid = status == SessionStatus.PARTIAL ? 30 + random.nextInt(90) : status.wasRun() ? random.nextInt(20) : 0;
        DayOfWeek day = p.date().getDayOfWeek();
        BigDecimal weight = status != SessionStatus.EXCUSED && (day == DayOfWeek.MONDAY || day == DayOfWeek.THURSDAY)
                ? BigDecimal.valueOf(baseWeight + (p.number() - 1) * (p.group().startsWith("T2D") ? 0.3 : 0.9)
                        + random.nextInt(5) - 2).setScale(0, java.math.RoundingMode.HALF_UP) : null;
        String notes = status == SessionStatus.PARTIAL ? "stopped after " + done + " intervals" : "";
        String reason = status == SessionStatus.EXCUSED ? "vet check: sore paw" : "";
        return new SessionRecord(p.animalId(), p.date(), p.number(), status, done, stimuli, grid, weight, notes,
                reason, status.wasRun() ? OPERATOR : "", at(p.date(), 15));
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    /**
     * Writes a sample study: arguments [FILE] [START] [THROUGH]; by default /tmp/adherence-sample.hiit.json,
     * starting on the Monday of the week 19 days ago and recorded up to yesterday, so that "today" shows about
     * three weeks of training and two step tests.
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/adherence-sample.hiit.json");
        LocalDate today = LocalDate.now();
        LocalDate start = args.length > 1 ? LocalDate.parse(args[1])
                : today.minusDays(19).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate through = args.length > 2 ? LocalDate.parse(args[2]) : today.minusDays(1);
        Study study = study(start, through);
        new StudyStore().save(study, file);
        System.out.println("Wrote " + file + ": start " + start + ", " + study.sessionRecords().size()
                + " session records up to " + through);
    }
}
