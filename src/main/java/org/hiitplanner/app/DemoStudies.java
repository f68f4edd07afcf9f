package org.hiitplanner.app;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.hiitplanner.domain.session.SessionRecord;
import org.hiitplanner.domain.steptest.StepTestResult;
import org.hiitplanner.domain.study.DemoInProgress;
import org.hiitplanner.domain.study.DemoStudy;
import org.hiitplanner.domain.study.Study;

/**
 * The demo study in progress, built the way a lab would have built it: day by day through the {@link StudyGate},
 * each day with a clock fixed at the time its records or tests were entered, so the audit trail is a proper chain
 * (a "session record" entry per record, a "welfare event" where one happened, the week-2 step tests as one
 * change). Nothing is saved: the study stays in memory until the user saves it.
 */
public final class DemoStudies {
    private DemoStudies() {
    }

    /** The demo in its week 3 on {@code today}, with its records and tests before today. */
    public static Study inProgress(LocalDate today) {
        DemoInProgress demo = DemoStudy.inProgress(today);
        Map<LocalDate, List<SessionRecord>> byDay = new TreeMap<>();
        demo.records().forEach(r -> byDay.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(r));
        Map<LocalDate, List<StepTestResult>> testsByDay = new TreeMap<>();
        demo.week2().forEach(t -> testsByDay.computeIfAbsent(t.date(), d -> new ArrayList<>()).add(t));
        TreeSet<LocalDate> days = new TreeSet<>(byDay.keySet());
        days.addAll(testsByDay.keySet());
        Study study = demo.base();
        for (LocalDate day : days) {
            List<StepTestResult> tests = testsByDay.getOrDefault(day, List.of());
            if (!tests.isEmpty()) {
                study = check(gate(study, DemoInProgress.testedAt(day)).edit("", s -> {
                    List<StepTestResult> all = new ArrayList<>(s.stepTestResults());
                    all.addAll(tests);
                    return s.withStepTestResults(all);
                }));
            }
            List<SessionRecord> records = byDay.getOrDefault(day, List.of());
            if (!records.isEmpty()) {
                study = check(gate(study, DemoInProgress.recordedAt(day)).record(RecordEntry.all(records, "")));
            }
        }
        return study;
    }

    private static StudyGate gate(Study study, Instant at) {
        return new StudyGate(study, null, Clock.fixed(at, ZoneOffset.UTC), () -> DemoInProgress.OPERATOR);
    }

    private static Study check(Outcome outcome) {
        if (outcome.error().isPresent()) {
            throw new IllegalStateException("the demo study could not be built: " + outcome.error().get().message());
        }
        return outcome.after();
    }
}
